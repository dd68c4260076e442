using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData;

/// <summary>
/// One directed action of an event, flat as a GDELT event row: one code, one source actor (Actor1) and
/// one target actor (Actor2). A code with several sources or targets gives one row per pair of two
/// different actors, so a code both sides perform (<c>036</c>, Italy and Vietnam) gives a row each way;
/// count actions by (<see cref="Event"/>, <see cref="System"/>, <see cref="Code"/>), not by rows.
/// </summary>
public sealed class EventRow
{
    private EventRow(Event @event, EventCodeSystem system, string code, PloverMode? mode, Entity? source, Entity? target)
    {
        Event = @event;
        System = system;
        Code = code;
        Mode = mode;
        Source = source;
        Target = target;
        EvidenceSources = @event.Evidence.Select(evidence => evidence.Source).Distinct().ToArray();
    }

    /// <summary>The event the action is part of.</summary>
    public Event Event { get; }

    /// <summary>
    /// When, at the precision the sources give: the event's <see cref="Event.EffectiveDate"/> (a sub-event
    /// without a date of its own is dated by its parent), a year-only date stays a year, never a first of
    /// January, and a date the sources only bound keeps its bounds (<see cref="PartialDate.NotBefore"/>, <see cref="PartialDate.NotAfter"/>).
    /// </summary>
    public PartialDate Date => Event.EffectiveDate;

    /// <summary>CAMEO or PLOVER.</summary>
    public EventCodeSystem System { get; }

    /// <summary>The code as its system writes it: <c>042</c>, or a PLOVER type in capitals (<c>CONSULT</c>).</summary>
    public string Code { get; }

    /// <summary>The PLOVER mode (<c>visit</c>), when the code gives one; null for CAMEO.</summary>
    public PloverMode? Mode { get; }

    /// <summary>Who acts (GDELT's Actor1); null only for an event whose <see cref="Event.ActorsNote"/> says why its text names no actors.</summary>
    public Entity? Source { get; }

    /// <summary>The source's country, for GDELT's Actor1CountryCode.</summary>
    public Country? SourceCountry => Source?.HomeCountry;

    /// <summary>Who is acted on (GDELT's Actor2); null only as for <see cref="Source"/>.</summary>
    public Entity? Target { get; }

    /// <summary>The target's country, for GDELT's Actor2CountryCode.</summary>
    public Country? TargetCountry => Target?.HomeCountry;

    /// <summary>Why <see cref="Source"/> and <see cref="Target"/> are missing, when they are (the event's <see cref="Event.ActorsNote"/>).</summary>
    public string? ActorsNote => Source is null || Target is null ? Event.ActorsNote : null;

    /// <summary>The sources that report the event, in the order of its evidence (GDELT's SOURCEURL).</summary>
    public IReadOnlyList<Source> EvidenceSources { get; }

    /// <summary>The row on one line, for display.</summary>
    /// <returns>Such as <c>2023 CAMEO 042 vietnam → italy (hoang-xuan-chien-visit-italy-2023)</c>.</returns>
    public override string ToString() =>
        $"{(Date.IsKnown || Date.IsBounded ? Date.ToString() : "undated")} {System.ToString().ToUpperInvariant()} {Code} {Source?.Id ?? "?"} → {Target?.Id ?? "?"} ({Event.Id})";

    /// <summary>The rows of one event: its CAMEO codes, then its PLOVER codes, each in the order the seed gives them.</summary>
    internal static IEnumerable<EventRow> Of(Event @event)
    {
        foreach (var cameo in @event.Cameo)
        {
            foreach (var (source, target) in Pairs(cameo.Sources, cameo.Targets))
            {
                yield return new EventRow(@event, EventCodeSystem.Cameo, cameo.Code, null, source, target);
            }
        }

        foreach (var plover in @event.PloverCodes)
        {
            foreach (var (source, target) in Pairs(plover.Sources, plover.Targets))
            {
                yield return new EventRow(@event, EventCodeSystem.Plover, plover.Type.ToString().ToUpperInvariant(), plover.Mode, source, target);
            }
        }
    }

    /// <summary>
    /// Every source with every other target: an actor does not act on itself. A side the seed leaves empty
    /// (allowed only with an actors note) gives one row with that side null, so the code is not lost.
    /// </summary>
    private static IEnumerable<(Entity? Source, Entity? Target)> Pairs(IReadOnlyList<Entity> sources, IReadOnlyList<Entity> targets)
    {
        if (sources.Count == 0 || targets.Count == 0)
        {
            foreach (var source in OrNone(sources))
            {
                foreach (var target in OrNone(targets))
                {
                    yield return (source, target);
                }
            }

            yield break;
        }

        foreach (var source in sources)
        {
            foreach (var target in targets)
            {
                if (!ReferenceEquals(source, target))
                {
                    yield return (source, target);
                }
            }
        }
    }

    private static IReadOnlyList<Entity?> OrNone(IReadOnlyList<Entity> actors) => actors.Count == 0 ? new Entity?[] { null } : (IReadOnlyList<Entity?>)actors;
}
