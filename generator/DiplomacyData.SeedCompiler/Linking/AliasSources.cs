using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// For each alias of each entity, the sources whose article uses it: the compiler fills them into the
/// computed <c>aliasSources</c> field, and reports DD0029 for an alias no article uses. An alias is found
/// as the quote check finds a quote (<see cref="SourceTextIndex.FindAll"/>: the characters as written, any
/// run of whitespace matching any other), and only as whole words, so "Xuan" is not found inside "Xuanthu".
/// </summary>
/// <remarks>
/// A word index of the articles, built once, narrows each alias to the articles holding all its words, so
/// the search grows with the aliases and their matches, not with aliases times articles (at 100,000
/// synthetic events there are thousands of each).
/// </remarks>
internal sealed class AliasSources
{
    private static readonly IReadOnlyList<(string Alias, string SourceId)> None = Array.Empty<(string, string)>();

    private readonly Dictionary<string, IReadOnlyList<(string Alias, string SourceId)>> _byRecordId = new(StringComparer.Ordinal);

    private AliasSources()
    {
    }

    /// <summary>Searches every alias of every record with an <c>aliasSources</c> field, in record order, reporting DD0029 as it goes.</summary>
    public static AliasSources Find(List<SeedRecord> ordered, SourceQuotes quotes, LinkContext context)
    {
        var articles = new List<(string SourceId, SourceTextIndex Text)>();
        foreach (var source in ordered.Where(r => r.Kind == SeedSchema.Sources))
        {
            if (quotes.TryGetText(source.Id, out var text))
            {
                articles.Add((source.Id, text));
            }
        }

        var articlesByWord = IndexWords(articles);
        var found = new AliasSources();
        foreach (var record in ordered.Where(r => r.Definition.IndexOf("aliasSources") >= 0))
        {
            var uses = new List<(string, string)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in record["aliases"].Items)
            {
                if (alias.Text is not { } spelling || !seen.Add(spelling))
                {
                    continue;
                }

                var before = uses.Count;
                foreach (var article in Candidates(spelling, articlesByWord))
                {
                    if (ContainsWords(articles[article].Text, spelling))
                    {
                        uses.Add((spelling, articles[article].SourceId));
                    }
                }

                if (uses.Count == before && alias.Location is { } location)
                {
                    context.Report(SeedDiagnostics.AliasInNoSource, location, spelling, record.Id);
                }
            }

            found._byRecordId[record.Id] = uses.Count == 0 ? None : uses;
        }

        return found;
    }

    /// <summary>Each alias of the record with each source that uses it: aliases in the record's order, sources in dataset order.</summary>
    public IReadOnlyList<(string Alias, string SourceId)> Of(string recordId) =>
        _byRecordId.TryGetValue(recordId, out var uses) ? uses : None;

    /// <summary>Every word (a run of letters and digits) with the positions of the articles that hold it, ascending.</summary>
    private static Dictionary<string, List<int>> IndexWords(List<(string SourceId, SourceTextIndex Text)> articles)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var word in Words(articles[i].Text.Text).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(word, out var positions))
                {
                    index.Add(word, positions = new List<int>());
                }

                positions.Add(i);
            }
        }

        return index;
    }

    /// <summary>The articles that hold every word of the alias, ascending; none for an alias without a word.</summary>
    private static IEnumerable<int> Candidates(string alias, Dictionary<string, List<int>> articlesByWord)
    {
        var lists = new List<List<int>>();
        foreach (var word in Words(alias))
        {
            if (!articlesByWord.TryGetValue(word, out var positions))
            {
                return Array.Empty<int>();
            }

            lists.Add(positions);
        }

        if (lists.Count == 0)
        {
            return Array.Empty<int>();
        }

        lists.Sort((a, b) => a.Count.CompareTo(b.Count));
        var others = lists.Skip(1).Select(list => new HashSet<int>(list)).ToList();
        return lists[0].Where(article => others.All(set => set.Contains(article)));
    }

    /// <summary>Whether the alias stands in the text with no letter or digit joined to either end.</summary>
    private static bool ContainsWords(SourceTextIndex article, string alias)
    {
        var text = article.Text;
        foreach (var (start, length) in article.FindAll(alias))
        {
            var end = start + length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text.Substring(start, i - start);
                start = -1;
            }
        }
    }
}
