using System;
using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A meeting, visit, dialogue, forum, inauguration or celebration; held, planned or under way.</summary>
public sealed class Event : Record
{
    // An event keeps nothing but its place in the dataset (Record.Position and Store, 32 bytes in all): each
    // property reads its field from the compiled row when asked (DatasetDecoder.EventFields, written from the
    // schema), and a list property hands out a fresh view whose items the store decodes once. A query over
    // 100,000 events then builds 100,000 small objects and nothing else; a field is a few varints away.
    internal Event()
    {
    }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Event;

    /// <summary>Meeting, visit, dialogue...</summary>
    public EventKind EventKind => DatasetDecoder.EventFields.EventKind(this);

    /// <summary>A short title.</summary>
    public string Title => DatasetDecoder.EventFields.Title(this);

    /// <summary>When it happened or is planned, at the precision the sources give.</summary>
    public PartialDate Date => DatasetDecoder.EventFields.Date(this);

    /// <summary>The last day, for events over several days.</summary>
    public PartialDate EndDate => DatasetDecoder.EventFields.EndDate(this);

    /// <summary>
    /// The date the event is placed by in time: its own <see cref="Date"/> when the sources give it or bound
    /// it; otherwise, for a sub-event, its parent's days (between the parent's date and end date when the
    /// parent has both, else the parent's own effective date); otherwise unknown. <c>EventsBetween</c>, the
    /// timeline and <see cref="ChronologicalOrder"/> use it, so a meeting held during a dated visit is found in
    /// that visit's year.
    /// </summary>
    public PartialDate EffectiveDate => EffectiveDateOf(this, e => (e.Date, e.EndDate, e.Parent));

    /// <summary>
    /// The rule of <see cref="EffectiveDate"/> over any chain of events, read through <paramref name="read"/>, so
    /// that tests can check it on events the dataset does not hold.
    /// </summary>
    internal static PartialDate EffectiveDateOf<T>(T e, Func<T, (PartialDate Date, PartialDate EndDate, T? Parent)> read)
        where T : class
    {
        // Worked out on each read rather than stored with the event; up the chain of parents in a loop, so that a
        // long chain of undated sub-events cannot overflow the stack.
        for (var (date, _, parent) = read(e); ; (date, _, parent) = read(parent))
        {
            if (date.IsKnown || date.IsBounded)
            {
                return date;
            }

            if (parent is null)
            {
                return PartialDate.Unknown;
            }

            var (start, end, _) = read(parent);
            if (start.IsKnown && end.IsKnown && end != start)
            {
                return PartialDate.Between(start, end);
            }
        }
    }

    /// <summary>The source's own words for the date when they are not a plain date ("earlier the same day").</summary>
    public string? DateText => DatasetDecoder.EventFields.DateText(this);

    /// <summary>Where it took place: a <see cref="DiplomacyData.Place"/> or, when no finer place is given, a <see cref="DiplomacyData.Country"/>.</summary>
    public Entity? Place => DatasetDecoder.EventFields.Place(this);

    /// <summary>The country it took place in, when known.</summary>
    public Country? Country => Place?.HomeCountry;

    /// <summary>Held, planned or under way.</summary>
    public EventStatus Status => DatasetDecoder.EventFields.Status(this);

    /// <summary>The recurring mechanism this event is a session of.</summary>
    public EventSeries? Series => DatasetDecoder.EventFields.Series(this);

    /// <summary>The session number within <see cref="Series"/> ("the 5th dialogue").</summary>
    public int? Ordinal => DatasetDecoder.EventFields.Ordinal(this);

    /// <summary>The larger event this one is part of (a meeting during a state visit).</summary>
    public Event? Parent => DatasetDecoder.EventFields.Parent(this);

    /// <summary>The events that are part of this one (the meetings of a state visit), in dataset order: the events whose <see cref="Parent"/> is this one.</summary>
    public IReadOnlyList<Event> Children => Dataset.Current.ChildrenOf(this);

    /// <summary>Who took part, and in what role.</summary>
    public IReadOnlyList<Participant> Participants => DatasetDecoder.EventFields.Participants(this);

    /// <summary>The topics discussed or acted on.</summary>
    public IReadOnlyList<Topic> Topics => DatasetDecoder.EventFields.Topics(this);

    /// <summary>CAMEO event codes (such as <c>036</c>, <c>042</c>), for joining with GDELT and ICEWS; <see cref="Cameo"/> gives each one's direction.</summary>
    public IReadOnlyList<string> CameoCodes => CodesOf(Cameo);

    /// <summary>The CAMEO codes with their direction: who acts (source) and who is acted on (target).</summary>
    public IReadOnlyList<CameoCode> Cameo => DatasetDecoder.EventFields.Cameo(this);

    /// <summary>PLOVER event codes, with their direction, for joining with POLECAT.</summary>
    public IReadOnlyList<PloverCode> PloverCodes => DatasetDecoder.EventFields.PloverCodes(this);

    /// <summary>
    /// Why the codes name no source or target actors, when the text names none (an inauguration reported
    /// without who held it); null when every code has its actors.
    /// </summary>
    public string? ActorsNote => DatasetDecoder.EventFields.ActorsNote(this);

    /// <summary>A one-sentence summary, when the curator gave one.</summary>
    public string? Summary => DatasetDecoder.EventFields.Summary(this);

    // The code strings stay a list of their own: CameoCodes was the whole CAMEO field before codes had a direction.
    // Made on each read, like the other lists' views; the strings themselves are the codes' own.
    private static IReadOnlyList<string> CodesOf(IReadOnlyList<CameoCode> cameo)
    {
        var codes = new string[cameo.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = cameo[i].Code;
        }

        return new ReadOnlyArray<string>(codes);
    }

    /// <inheritdoc />
    private protected override string IdCore => Store.IdOf(Position);

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore => DatasetDecoder.EventFields.Evidence(this);

    /// <inheritdoc />
    private protected override string? NoteCore => DatasetDecoder.EventFields.Note(this);

    /// <summary>The title, for display.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
