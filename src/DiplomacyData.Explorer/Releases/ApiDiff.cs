using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Releases;

/// <summary>
/// Compares two public API listings in PublicApiGenerator's layout. Each member line is keyed by the
/// declarations that enclose it, so <c>{ get; }</c> lines of different types never match each other;
/// a changed signature shows as one removal and one addition.
/// </summary>
internal sealed class ApiDiff
{
    private ApiDiff(IReadOnlyList<string> removed, IReadOnlyList<string> added)
    {
        Removed = removed;
        Added = added;
    }

    public IReadOnlyList<string> Removed { get; }

    public IReadOnlyList<string> Added { get; }

    /// <summary>Removing or changing any public member (a typed handle included) breaks callers; adding does not.</summary>
    public VersionBump RequiredBump => Removed.Count > 0 ? VersionBump.Major : Added.Count > 0 ? VersionBump.Minor : VersionBump.None;

    public static ApiDiff Between(string previous, string current)
    {
        var before = Members(previous);
        var after = Members(current);
        return new ApiDiff(
            before.Except(after, StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList(),
            after.Except(before, StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList());
    }

    /// <summary>Every declaration and member as "enclosing declarations :: line".</summary>
    internal static HashSet<string> Members(string listing)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        var enclosing = new Stack<string>();
        string? lastDeclaration = null;
        foreach (var raw in listing.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line == "{")
            {
                enclosing.Push(lastDeclaration ?? "");
                continue;
            }

            if (line.StartsWith('}'))
            {
                if (enclosing.Count > 0)
                {
                    enclosing.Pop();
                }

                continue;
            }

            var key = string.Join(" / ", enclosing.Reverse()) + " :: " + line;
            members.Add(key);
            lastDeclaration = line;
        }

        return members;
    }
}
