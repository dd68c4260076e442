using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Arguments;

/// <summary>Picks the candidates closest to a mistyped word, for "did you mean" hints.</summary>
internal static class Suggestions
{
    /// <summary>
    /// Candidates containing <paramref name="text"/> first, then those within a few edits of it
    /// (about one edit in three letters), nearest first, ties in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string text, IEnumerable<string> candidates, int max = 5)
    {
        var wanted = text.ToLowerInvariant();
        var tolerance = Math.Max(2, wanted.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate =>
            {
                var lower = candidate.ToLowerInvariant();
                var distance = wanted.Length > 0 && lower.Contains(wanted, StringComparison.Ordinal) ? 0 : Distance(wanted, lower);
                return (candidate, distance);
            })
            .Where(pair => pair.distance <= tolerance)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(pair => pair.candidate)
            .ToArray();
    }

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions needed to turn one string into the other.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
