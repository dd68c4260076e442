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
    private ApiDiff(IReadOnlyList<string> removed, IReadOnlyList<string> added, IReadOnlyList<string> narrowed)
    {
        Removed = removed;
        Added = added;
        Narrowed = narrowed;
    }

    public IReadOnlyList<string> Removed { get; }

    public IReadOnlyList<string> Added { get; }

    /// <summary>
    /// Members whose only change is a nullable annotation dropped from their type (<c>Country?</c> to
    /// <c>Country</c>): a return that is never null any more breaks no caller, so it calls for a minor
    /// release, not the major one a removal would.
    /// </summary>
    public IReadOnlyList<string> Narrowed { get; }

    /// <summary>Removing or changing any public member (a typed handle included) breaks callers; adding does not.</summary>
    public VersionBump RequiredBump => Removed.Count > 0 ? VersionBump.Major : Added.Count > 0 || Narrowed.Count > 0 ? VersionBump.Minor : VersionBump.None;

    public static ApiDiff Between(string previous, string current)
    {
        var before = Members(previous);
        var after = Members(current);
        var removed = before.Except(after, StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList();
        var added = after.Except(before, StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList();
        var narrowed = removed.Where(member => member.Contains("? ") && added.Contains(member.Replace("? ", " "), StringComparer.Ordinal)).ToList();
        foreach (var member in narrowed)
        {
            removed.Remove(member);
            added.Remove(member.Replace("? ", " "));
        }

        return new ApiDiff(removed, added, narrowed.Select(member => member.Replace("? ", " ")).ToList());
    }

    /// <summary>
    /// Every declaration and member as "enclosing types :: line". A type's base types are listed one
    /// per entry, so implementing one more interface adds an entry instead of changing the type's key
    /// (and with it, every member's).
    /// </summary>
    internal static HashSet<string> Members(string listing)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        var enclosing = new Stack<string>();
        var lines = listing.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line == "{")
            {
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

            var scope = string.Join(" / ", enclosing.Reverse()) + " :: ";
            var opensBlock = i + 1 < lines.Length && lines[i + 1] == "{";
            if (!opensBlock)
            {
                members.Add(scope + line);
                continue;
            }

            var (declaration, bases) = SplitBaseList(line);
            members.Add(scope + declaration);
            foreach (var baseType in bases)
            {
                members.Add(scope + declaration + " : " + baseType);
            }

            enclosing.Push(declaration);
        }

        return members;
    }

    /// <summary>"public struct D : A, B&lt;C, D&gt;" into "public struct D" and [A, B&lt;C, D&gt;] (commas inside angle brackets kept).</summary>
    private static (string Declaration, IReadOnlyList<string> Bases) SplitBaseList(string line)
    {
        var colon = line.IndexOf(" : ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return (line, Array.Empty<string>());
        }

        var bases = new List<string>();
        var depth = 0;
        var start = colon + 3;
        for (var i = start; i <= line.Length; i++)
        {
            if (i == line.Length || (line[i] == ',' && depth == 0))
            {
                bases.Add(line[start..i].Trim());
                start = i + 1;
            }
            else if (line[i] == '<')
            {
                depth++;
            }
            else if (line[i] == '>')
            {
                depth--;
            }
        }

        return (line[..colon], bases);
    }
}
