
namespace DiplomacyData;

/// <summary>A recurring mechanism whose sessions are numbered (the defence policy dialogue).</summary>
public sealed class EventSeries : Record
{
    internal EventSeries(string id, string name, string? note)
        : base(id, ReadOnlyArray<Evidence>.Empty, note)
    {
        Name = name;
    }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.EventSeries;

    /// <summary>The series' name.</summary>
    public string Name { get; }

    /// <summary>The name.</summary>
    /// <returns>The series' name.</returns>
    public override string ToString() => Name;
}
