using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A title a person held, as a source shows it: a time-bound fact, not a property of the person.</summary>
public sealed class OfficeHeld : Record
{
    internal OfficeHeld(string id, Person person, string title, Organization? organization, string? rank, PartialDate start, PartialDate end, IReadOnlyList<Event> shownAt, IReadOnlyList<Evidence> evidence, string? note)
    {
        IdCore = id;
        EvidenceCore = evidence;
        NoteCore = note;
        Person = person;
        Title = title;
        Organization = organization;
        MilitaryRank = rank;
        Start = start;
        End = end;
        ShownAt = shownAt;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.OfficeHeld;

    /// <summary>Who held the office.</summary>
    public Person Person { get; }

    /// <summary>The title as the source states it.</summary>
    public string Title { get; }

    /// <summary>The organization the office belongs to.</summary>
    public Organization? Organization { get; }

    /// <summary>The military rank, where stated ("Senior Lieutenant General").</summary>
    public string? MilitaryRank { get; }

    /// <summary>When the tenure began, if a source says.</summary>
    public PartialDate Start { get; }

    /// <summary>When the tenure ended, if a source says.</summary>
    public PartialDate End { get; }

    /// <summary>The events at which a source shows the person in this office.</summary>
    public IReadOnlyList<Event> ShownAt { get; }

    /// <summary>The person and title.</summary>
    /// <returns>Such as <c>Phan Van Giang, Minister of National Defence</c>.</returns>
    public override string ToString() => $"{Person.Name}, {Title}";
}
