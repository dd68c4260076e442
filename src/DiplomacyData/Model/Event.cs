using System;
using System.Collections.Generic;
using System.Threading;

namespace DiplomacyData;

/// <summary>A meeting, visit, dialogue, forum, inauguration or celebration; held, planned or under way.</summary>
public sealed class Event : Record
{
    // The id, the texts and the lists (participants, topics, codes, evidence) stay in the compiled row until
    // first read: a query over every event (a tally by year and topic) then builds little more than the events.
    private readonly int _title;
    private readonly int _dateText;
    private readonly int _participantsAt;
    private readonly int _cameoAt;
    private readonly int _ploverAt;
    private readonly int _actorsNote;
    private readonly int _summary;

    // The dates as DatePacking numbers, four bytes each instead of a 24-byte PartialDate; when either is
    // inferred or bounded (it then has a reason and a basis), both are kept whole in _unusualDates instead.
    private readonly int _date;
    private readonly int _endDate;
    private readonly Tuple<PartialDate, PartialDate>? _unusualDates; // (Date, EndDate): rare, so kept apart

    // The session number as the row holds it: 0 for none, else the number + 1 (four bytes, not an int?'s eight).
    private readonly int _ordinal;

    private IReadOnlyList<Participant>? _participants;
    private IReadOnlyList<CameoCode>? _cameo;
    private IReadOnlyList<string>? _cameoCodes;
    private IReadOnlyList<PloverCode>? _plover;
    private readonly int _topicsAt;
    private IReadOnlyList<Topic>? _topics;

    internal Event(
        int id, EventKind kind, int title, PartialDate date, PartialDate endDate, int dateText, Entity? place,
        EventStatus status, EventSeries? series, int? ordinal, Event? parent, int participants,
        int topics, int cameo, int plover, int actorsNote, int summary, int evidence, int note)
        : base(id, evidence, note)
    {
        EventKind = kind;
        _title = title;
        if (date.TryPack(out _date) && endDate.TryPack(out _endDate))
        {
            _unusualDates = null;
        }
        else
        {
            _unusualDates = Tuple.Create(date, endDate);
        }

        _dateText = dateText;
        Place = place;
        Status = status;
        Series = series;
        _ordinal = ordinal is { } number ? number + 1 : 0;
        Parent = parent;
        _participantsAt = participants;
        _topicsAt = topics;
        _cameoAt = cameo;
        _ploverAt = plover;
        _actorsNote = actorsNote;
        _summary = summary;
    }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Event;

    /// <summary>Meeting, visit, dialogue...</summary>
    public EventKind EventKind { get; }

    /// <summary>A short title.</summary>
    public string Title => DeferredText(_title)!;

    /// <summary>When it happened or is planned, at the precision the sources give.</summary>
    public PartialDate Date => _unusualDates?.Item1 ?? PartialDate.FromPacked(_date);

    /// <summary>The last day, for events over several days.</summary>
    public PartialDate EndDate => _unusualDates?.Item2 ?? PartialDate.FromPacked(_endDate);

    /// <summary>
    /// The date the event is placed by in time: its own <see cref="Date"/> when the sources give it or bound
    /// it; otherwise, for a sub-event, its parent's days (between the parent's date and end date when the
    /// parent has both, else the parent's own effective date); otherwise unknown. <c>EventsBetween</c>, the
    /// timeline and <see cref="ChronologicalOrder"/> use it, so a meeting held during a dated visit is found in
    /// that visit's year.
    /// </summary>
    public PartialDate EffectiveDate
    {
        get
        {
            // Worked out on each read rather than stored with the event (24 bytes on every one of them);
            // up the chain of parents in a loop, so that a long chain of undated sub-events cannot overflow the stack.
            for (var e = this; ;)
            {
                var date = e.Date;
                if (date.IsKnown || date.IsBounded)
                {
                    return date;
                }

                var parent = e.Parent;
                if (parent is null)
                {
                    return PartialDate.Unknown;
                }

                var (start, end) = (parent.Date, parent.EndDate);
                if (start.IsKnown && end.IsKnown && end != start)
                {
                    return PartialDate.Between(start, end);
                }

                e = parent;
            }
        }
    }

    /// <summary>The source's own words for the date when they are not a plain date ("earlier the same day").</summary>
    public string? DateText => DeferredText(_dateText);

    /// <summary>Where it took place: a <see cref="DiplomacyData.Place"/> or, when no finer place is given, a <see cref="DiplomacyData.Country"/>.</summary>
    public Entity? Place { get; }

    /// <summary>The country it took place in, when known.</summary>
    public Country? Country => Place?.HomeCountry;

    /// <summary>Held, planned or under way.</summary>
    public EventStatus Status { get; }

    /// <summary>The recurring mechanism this event is a session of.</summary>
    public EventSeries? Series { get; }

    /// <summary>The session number within <see cref="Series"/> ("the 5th dialogue").</summary>
    public int? Ordinal => _ordinal == 0 ? null : _ordinal - 1;

    /// <summary>The larger event this one is part of (a meeting during a state visit).</summary>
    public Event? Parent { get; }

    /// <summary>The events that are part of this one (the meetings of a state visit), in dataset order: the events whose <see cref="Parent"/> is this one.</summary>
    public IReadOnlyList<Event> Children => Dataset.Current.ChildrenOf(this);

    /// <summary>Who took part, and in what role.</summary>
    public IReadOnlyList<Participant> Participants => Deferred(ref _participants, _participantsAt, DatasetDecoder.ReadParticipant);

    /// <summary>The topics discussed or acted on.</summary>
    public IReadOnlyList<Topic> Topics => Volatile.Read(ref _topics) ?? PublishOnce.Value(ref _topics, RowReferenceList<Topic>.At(this, _topicsAt));

    /// <summary>CAMEO event codes (such as <c>036</c>, <c>042</c>), for joining with GDELT and ICEWS; <see cref="Cameo"/> gives each one's direction.</summary>
    public IReadOnlyList<string> CameoCodes => Volatile.Read(ref _cameoCodes) ?? PublishOnce.Value(ref _cameoCodes, CodesOf(Cameo));

    /// <summary>The CAMEO codes with their direction: who acts (source) and who is acted on (target).</summary>
    public IReadOnlyList<CameoCode> Cameo => Deferred(ref _cameo, _cameoAt, DatasetDecoder.ReadCameoCode);

    /// <summary>PLOVER event codes, with their direction, for joining with POLECAT.</summary>
    public IReadOnlyList<PloverCode> PloverCodes => Deferred(ref _plover, _ploverAt, DatasetDecoder.ReadPloverCode);

    /// <summary>
    /// Why the codes name no source or target actors, when the text names none (an inauguration reported
    /// without who held it); null when every code has its actors.
    /// </summary>
    public string? ActorsNote => DeferredText(_actorsNote);

    /// <summary>A one-sentence summary, when the curator gave one.</summary>
    public string? Summary => DeferredText(_summary);

    // The code strings stay a list of their own: CameoCodes was the whole CAMEO field before codes had a direction.
    private static IReadOnlyList<string> CodesOf(IReadOnlyList<CameoCode> cameo)
    {
        var codes = new string[cameo.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = cameo[i].Code;
        }

        return new ReadOnlyArray<string>(codes);
    }

    /// <summary>The title, for display.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
