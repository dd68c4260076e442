using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Commands;

/// <summary>
/// The timeline's "codes:" line: each CAMEO and PLOVER code with its direction, by actor name as the
/// "who:" line above it names them, such as <c>CAMEO 042 Việt Nam → Italy, 043 Italy → Việt Nam; PLOVER CONSULT (visit) Việt Nam → Italy</c>.
/// A long name is shortened (the "who:" line has it whole), so that an event with an association for a host
/// still fits one line.
/// </summary>
internal static class TimelineCodes
{
    // Long enough for every person's and country's name; an organization's may lose its tail.
    private const int MaxNameLength = 32;

    public static string Line(Event e) =>
        $"CAMEO {string.Join(", ", e.Cameo.Select(c => Directed(c.Code, c.Sources, c.Targets)))}; "
        + $"PLOVER {string.Join(", ", e.PloverCodes.Select(p => Directed(p.ToString(), p.Sources, p.Targets)))}";

    /// <summary>
    /// <c>code a → b</c>, several actors on a side joined by <c> + </c>; a code every actor performs on every
    /// other (the sides name the same actors: both countries "will hold" a round) as <c>code a ↔ b</c>,
    /// which says it in half the width; a side the seed leaves empty (an actors note says why) as <c>?</c>.
    /// </summary>
    private static string Directed(string code, IReadOnlyList<Entity> sources, IReadOnlyList<Entity> targets)
    {
        if (sources.Count == 0 && targets.Count == 0)
        {
            return code;
        }

        if (sources.Count > 1 && sources.Count == targets.Count && sources.All(targets.Contains))
        {
            return $"{code} {string.Join(" ↔ ", sources.Select(Name))}";
        }

        return $"{code} {Side(sources)} → {Side(targets)}";
    }

    private static string Side(IReadOnlyList<Entity> actors) => actors.Count == 0 ? "?" : string.Join(" + ", actors.Select(Name));

    private static string Name(Entity actor) => Format.Shorten(actor.Name, MaxNameLength);
}
