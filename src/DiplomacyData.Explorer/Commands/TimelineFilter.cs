using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Explorer.Arguments;
using DiplomacyData.Explorer.Export;

namespace DiplomacyData.Explorer.Commands;

/// <summary>
/// The timeline's filters; each one left null lets every event through, and the ones given must all
/// hold. Each filter is one of the library's own queries, so the explorer and the package agree.
/// </summary>
internal sealed record TimelineFilter(YearRange? Year = null, Country? Country = null, Person? Person = null, Topic? Topic = null, IReadOnlyList<EventKind>? Kinds = null)
{
    public bool IsEmpty => Year is null && Country is null && Person is null && Topic is null && Kinds is null;

    /// <summary>The matching events in the library's <see cref="ChronologicalOrder"/>: by effective date, each parent before its sub-events, undated ones last.</summary>
    public IReadOnlyList<Event> Apply(Dataset data)
    {
        // Timeline is already in ChronologicalOrder, and Intersect and Where keep the order of their first sequence.
        IEnumerable<Event> events = data.Timeline;
        if (Year is { } year)
        {
            events = events.Intersect(data.EventsBetween(year.FirstDay, year.LastDay));
        }

        if (Country is not null)
        {
            // Held in the country, or with a participant from it (the country itself, its people, its organizations).
            events = events.Intersect(data.EventsAt(Country).Union(data.EventsInvolving(Country)));
        }

        if (Person is not null)
        {
            events = events.Intersect(data.EventsWith(Person));
        }

        if (Topic is not null)
        {
            events = events.Intersect(data.EventsAbout(Topic));
        }

        if (Kinds is not null)
        {
            events = events.Where(e => Kinds.Contains(e.EventKind));
        }

        return events.ToArray();
    }

    /// <summary>The filters in words, for the timeline's heading.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Year is { } year)
        {
            parts.Add($"year {year}");
        }

        if (Country is not null)
        {
            parts.Add($"country {Country.Name}");
        }

        if (Person is not null)
        {
            parts.Add($"person {Person.Name}");
        }

        if (Topic is not null)
        {
            parts.Add($"topic {Topic.Name} and its sub-topics");
        }

        if (Kinds is not null)
        {
            parts.Add("kind " + string.Join(" or ", Kinds.Select(SeedSpelling.Of)));
        }

        return string.Join("; ", parts);
    }
}
