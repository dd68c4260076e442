using System.Text.RegularExpressions;

namespace PackageAudit;

/// <summary>The sentences of an article, cut by the rule curators follow (seeds/README.md, rule 5).</summary>
internal static partial class ArticleText
{
    /// <summary>
    /// Cuts at every line break, and inside a line after '.', '!' or '?' (with any closing quote or
    /// bracket) followed by whitespace. Blank pieces are dropped.
    /// </summary>
    public static IEnumerable<string> Sentences(string text)
    {
        foreach (var line in text.Split('\n', '\r'))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is not ('.' or '!' or '?'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < line.Length && line[end] is '"' or '\'' or '”' or '’' or ')' or ']')
                {
                    end++;
                }

                if (end < line.Length && char.IsWhiteSpace(line[end]))
                {
                    if (line[start..end].Trim() is { Length: > 0 } sentence)
                    {
                        yield return sentence;
                    }

                    start = end;
                    i = end - 1;
                }
            }

            if (line[start..].Trim() is { Length: > 0 } last)
            {
                yield return last;
            }
        }
    }

    /// <summary>The text with each run of whitespace made one space, as quotes are matched to articles.</summary>
    public static string FoldSpaces(string text) => Whitespace().Replace(text.Trim(), " ");

    public static int CountLetters(string text) => text.Count(char.IsLetterOrDigit);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
