using System;
using System.Collections.Generic;

namespace DiplomacyData.SeedCompiler.Infrastructure;

/// <summary>Finds the candidate a misspelt name was most likely meant to be, for "did you mean" hints.</summary>
internal static class Nearest
{
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A suggestion further away than half the name is noise rather than help.
        return best is not null && bestDistance <= Math.Max(2, name.Length / 2) ? best : null;
    }
}
