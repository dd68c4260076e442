using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>What someone proposed, committed to, affirmed, praised or requested; or what the article reports without a speaker, or says itself.</summary>
public sealed class Statement : Record
{
    internal Statement(string id, StatementKind kind, StatementAttribution? attribution, IReadOnlyList<Entity> speakers, IReadOnlyList<Entity> addressees, Event? @event, PartialDate date, string summary, IReadOnlyList<Topic> topics, IReadOnlyList<Evidence> evidence, string? note)
    {
        IdCore = id;
        EvidenceCore = evidence;
        NoteCore = note;
        StatementKind = kind;
        // A seed statement without an attribution is its speakers' (the seed compiler checks it has some).
        Attribution = attribution ?? StatementAttribution.Speakers;
        Speakers = speakers;
        Addressees = addressees;
        Event = @event;
        Date = date;
        Summary = summary;
        Topics = topics;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Statement;

    /// <summary>Proposal, commitment, affirmation...</summary>
    public StatementKind StatementKind { get; }

    /// <summary>
    /// Whose words these are: the <see cref="Speakers"/>' (the usual case), someone the article does not
    /// name, or the outlet's own (the source's <see cref="Source.Outlet"/>).
    /// </summary>
    public StatementAttribution Attribution { get; }

    /// <summary>
    /// Who said it; several for a joint statement ("the two sides pledged"). Empty when the
    /// <see cref="Attribution"/> is <see cref="StatementAttribution.Unattributed"/> or <see cref="StatementAttribution.Outlet"/>.
    /// </summary>
    public IReadOnlyList<Entity> Speakers { get; }

    /// <summary>Whom it was addressed to, when stated.</summary>
    public IReadOnlyList<Entity> Addressees { get; }

    /// <summary>The event at which it was said.</summary>
    public Event? Event { get; }

    /// <summary>When it was said, when known apart from the event.</summary>
    public PartialDate Date { get; }

    /// <summary>What was said, in the curator's words; the evidence holds the source's.</summary>
    public string Summary { get; }

    /// <summary>The topics it is about.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The summary.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Summary;
}
