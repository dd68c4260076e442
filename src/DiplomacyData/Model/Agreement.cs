using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A memorandum, partnership, action plan or other agreement between the parties.</summary>
public sealed class Agreement : Record
{
    internal Agreement(string id, AgreementKind kind, string name, IReadOnlyList<Entity> parties, PartialDate date, PartialDate start, PartialDate end, AgreementStatus status, Event? @event, IReadOnlyList<Topic> topics, IReadOnlyList<Evidence> evidence, string? note)
    {
        IdCore = id;
        EvidenceCore = evidence;
        NoteCore = note;
        AgreementKind = kind;
        Name = name;
        Parties = parties;
        Date = date;
        Start = start;
        End = end;
        Status = status;
        Event = @event;
        Topics = topics;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Agreement;

    /// <summary>Memorandum, partnership, action plan...</summary>
    public AgreementKind AgreementKind { get; }

    /// <summary>The agreement's name as the sources give it.</summary>
    public string Name { get; }

    /// <summary>The countries, organizations or people bound by it.</summary>
    public IReadOnlyList<Entity> Parties { get; }

    /// <summary>When it was signed or established.</summary>
    public PartialDate Date { get; }

    /// <summary>The start of the period it covers.</summary>
    public PartialDate Start { get; }

    /// <summary>The end of the period it covers.</summary>
    public PartialDate End { get; }

    /// <summary>Signed, in force, under negotiation...</summary>
    public AgreementStatus Status { get; }

    /// <summary>The event at which it was signed.</summary>
    public Event? Event { get; }

    /// <summary>The topics it covers.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The name.</summary>
    /// <returns>The agreement's name.</returns>
    public override string ToString() => Name;
}
