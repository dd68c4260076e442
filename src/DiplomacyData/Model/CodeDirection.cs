using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData;

/// <summary>How a CAMEO or PLOVER code and its actors read on one line; shared so both codes print alike.</summary>
internal static class CodeDirection
{
    public static string Describe(string code, IReadOnlyList<Entity> sources, IReadOnlyList<Entity> targets) =>
        sources.Count == 0 && targets.Count == 0
            ? code
            : $"{code} {Names(sources)} → {Names(targets)}";

    private static string Names(IReadOnlyList<Entity> actors) => actors.Count == 0 ? "?" : string.Join(", ", actors.Select(actor => actor.Name));
}
