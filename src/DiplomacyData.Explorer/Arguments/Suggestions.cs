using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Infrastructure;

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
                var distance = wanted.Length > 0 && lower.Contains(wanted, StringComparison.Ordinal) ? 0 : EditDistance.Between(wanted, lower);
                return (candidate, distance);
            })
            .Where(pair => pair.distance <= tolerance)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(pair => pair.candidate)
            .ToArray();
    }
}
