using System.Collections.Generic;
using System.Linq;
using DiplomacyData.JsonBaseline;

namespace DiplomacyData.ColdStart;

/// <summary>The full scan over the baseline's record classes, shared by the apps whose data ends up as those objects.</summary>
public static class JsonEventScan
{
    public static void Tally(IEnumerable<JsonEvent> events, YearTopicTally tally)
    {
        foreach (var e in events)
        {
            tally.AddEvent(YearTopicTally.YearOf(e.Date?.Value), e.Topics ?? Enumerable.Empty<string>(), e.Participants?.Count ?? 0);
        }
    }
}
