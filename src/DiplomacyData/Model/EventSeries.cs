using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A recurring mechanism whose sessions are numbered (the defence policy dialogue).</summary>
public sealed class EventSeries : Record
{
    internal EventSeries(string id, string name, string? note)
    {
        IdCore = id;
        EvidenceCore = ReadOnlyArray<Evidence>.Empty;
        NoteCore = note;
        Name = name;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.EventSeries;

    /// <summary>The series' name.</summary>
    public string Name { get; }

    /// <summary>The name.</summary>
    /// <returns>The series' name.</returns>
    public override string ToString() => Name;
}
