using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DiplomacyData.ColdStart;

/// <summary>
/// The full-scan answer: how many events fall in each (year of the date, topic) pair, and how many
/// participants all events have between them. Every variant feeds it every event, so a first query that
/// reads only some records cannot pass for one that reads them all. The answer is printed as a digest so
/// that the script can check all variants agree without printing thousands of counts.
/// </summary>
public sealed class YearTopicTally
{
    private readonly Dictionary<(int Year, string Topic), int> _counts = new();
    private int _events;
    private long _participants;

    /// <summary>Counts one event: its year (0 when undated), its topic ids and its number of participants.</summary>
    public void AddEvent(int year, IEnumerable<string> topicIds, int participants)
    {
        _events++;
        _participants += participants;
        foreach (var topic in topicIds)
        {
            Add(year, topic);
        }
    }

    private void Add(int year, string topicId) =>
        _counts[(year, topicId)] = _counts.TryGetValue((year, topicId), out var count) ? count + 1 : 1;

    /// <summary>"events participants pairs digest": the digest is FNV-1a over the pairs in ordinal order.</summary>
    public string Answer()
    {
        var hash = 14695981039346656037UL;
        foreach (var pair in _counts.OrderBy(p => p.Key.Year).ThenBy(p => p.Key.Topic, StringComparer.Ordinal))
        {
            foreach (var b in Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{pair.Key.Year} {pair.Key.Topic} {pair.Value}\n")))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{_events} {_participants} {_counts.Count} {hash:x16}");
    }

    /// <summary>The year of a seed date ("2023", "2023-07", "2023-07-03"); 0 for none.</summary>
    public static int YearOf(string? date)
    {
        if (string.IsNullOrEmpty(date))
        {
            return 0;
        }

        var dash = date!.IndexOf('-', 1);
        return int.Parse(dash < 0 ? date : date.Substring(0, dash), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }
}
