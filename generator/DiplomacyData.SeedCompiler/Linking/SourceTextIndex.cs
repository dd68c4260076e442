using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// One article prepared for quote checks: its sentences, and a whitespace-folded copy in which a
/// quote is searched, with the way back to positions in the original text.
/// </summary>
internal sealed class SourceTextIndex
{
    private readonly string _folded;

    /// <summary>For each character of <see cref="_folded"/>, where it stands in <see cref="Text"/>.</summary>
    private readonly int[] _originalOffset;

    public SourceTextIndex(string text)
    {
        Text = text;
        _originalOffset = new int[text.Length];
        _folded = Fold(text, _originalOffset);
        Sentences = Split(text);
    }

    public string Text { get; }

    /// <summary>The sentences, as (start, length) in <see cref="Text"/>, in reading order.</summary>
    public IReadOnlyList<(int Start, int Length)> Sentences { get; }

    /// <summary>Every place the quote stands in the text (whitespace differences aside), as original spans.</summary>
    public IReadOnlyList<(int Start, int Length)> FindAll(string quote)
    {
        var needle = Fold(quote, null).Trim();
        var found = new List<(int, int)>();
        if (needle.Length == 0)
        {
            return found;
        }

        for (var at = _folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = _folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var start = _originalOffset[at];
            var end = _originalOffset[at + needle.Length - 1] + 1;
            found.Add((start, end - start));
        }

        return found;
    }

    /// <summary>The sentence sharing the most words with a quote that was not found, to show the curator.</summary>
    public string ClosestPassage(string quote)
    {
        var words = new HashSet<string>(Words(quote), StringComparer.OrdinalIgnoreCase);
        var best = Sentences.OrderByDescending(s => Words(Text.Substring(s.Start, s.Length)).Count(words.Contains)).ThenBy(s => s.Start).FirstOrDefault();
        var passage = Sentences.Count == 0 ? "" : Text.Substring(best.Start, best.Length);
        return passage.Length > 200 ? passage.Substring(0, 200) + "…" : passage;
    }

    [MethodImpl(HotPath.Optimize)]
    public static int CountLetters(string text, int start, int length)
    {
        var count = 0;
        for (var i = start; i < start + length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(new[] { ' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Folds each run of whitespace into one space; records where each folded character came from in
    /// <paramref name="offsets"/> (as long as the text, or null when nobody needs to know).
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static string Fold(string text, int[]? offsets)
    {
        var folded = new char[text.Length];
        var length = 0;
        var inSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (inSpace)
                {
                    continue;
                }

                inSpace = true;
                c = ' ';
            }
            else
            {
                inSpace = false;
            }

            if (offsets is not null)
            {
                offsets[length] = i;
            }

            folded[length++] = c;
        }

        return new string(folded, 0, length);
    }

    /// <summary>
    /// Splits at every line break, and inside a line after '.', '!' or '?' (and any closing quote or
    /// bracket) followed by whitespace. The rule is documented in seeds/README.md for curators.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static List<(int, int)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var lineBreak = !atEnd && text[i] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
            var sentenceEnd = !atEnd && !lineBreak && text[i] is '.' or '!' or '?' && EndsSentence(text, i);
            if (atEnd || lineBreak)
            {
                Add(start, i);
                start = i + 1;
            }
            else if (sentenceEnd)
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']')
                {
                    end++;
                }

                Add(start, end);
                start = end;
                i = end - 1;
            }
        }

        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            if (to > from && CountLetters(text, from, to - from) > 0)
            {
                sentences.Add((from, to - from));
            }
        }
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\'' or '”' or '’' or ')' or ']')
        {
            next++;
        }

        return next < text.Length && char.IsWhiteSpace(text[next]);
    }
}
