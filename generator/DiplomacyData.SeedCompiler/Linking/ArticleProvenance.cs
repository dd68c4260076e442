using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// One quote found in its article: where it stands, which record quotes it (its position in
/// <see cref="DatasetModel.Records"/>) and through which of its quotes: <see cref="Item"/> is the position in
/// the record's evidence, or -1 for an exclusion's own quote (then <see cref="Excludes"/> is true).
/// </summary>
internal readonly record struct QuotePlacement(int Start, int Length, int Record, int Item, bool Excludes)
{
    public int End => Start + Length;
}

/// <summary>How the coverage rule (see <see cref="SourceQuotes.MeasureCoverage"/>) counted a sentence.</summary>
internal enum SentenceStatus
{
    /// <summary>At least half its letters stand in quotes that records cite as evidence.</summary>
    Cited,

    /// <summary>Not cited, but at least half its letters stand in quotes, exclusions' included.</summary>
    Excluded,

    /// <summary>Neither: the build warns about it (DD0011).</summary>
    Unaccounted,
}

/// <summary>
/// One sentence of an article as the build split and counted it: its 1-based number, its span in the
/// article's text, its status, and the found quotes that overlap it, in reading order.
/// </summary>
internal sealed record SentenceProvenance(int Number, int Start, int Length, SentenceStatus Status, IReadOnlyList<QuotePlacement> Quotes)
{
    public int End => Start + Length;

    /// <summary>The records that cite a quote overlapping the sentence, as positions in <see cref="DatasetModel.Records"/>, ascending.</summary>
    public IReadOnlyList<int> CitedBy => Quotes.Where(q => !q.Excludes).Select(q => q.Record).Distinct().OrderBy(r => r).ToList();

    /// <summary>The exclusions whose quote overlaps the sentence, as positions in <see cref="DatasetModel.Records"/>, ascending.</summary>
    public IReadOnlyList<int> ExcludedBy => Quotes.Where(q => q.Excludes).Select(q => q.Record).Distinct().OrderBy(r => r).ToList();
}

/// <summary>
/// An article with every sentence and every found quote placed in it: what a reviewer needs to read an
/// article with its facts laid over it. Made by the linker with the same sentence split and coverage rule
/// the build counts with, so the report site and <c>validate</c> can never disagree with the build.
/// </summary>
internal sealed record ArticleProvenance(string SourceId, SourceDocument Document, IReadOnlyList<SentenceProvenance> Sentences, IReadOnlyList<QuotePlacement> Quotes)
{
    /// <summary>The sentences a quote stands in (one, unless it runs over a sentence end).</summary>
    public IEnumerable<SentenceProvenance> SentencesOf(QuotePlacement quote)
    {
        for (var s = FirstEndingAfter(Sentences, sentence => sentence.Start + sentence.Length, quote.Start); s < Sentences.Count && Sentences[s].Start < quote.End; s++)
        {
            yield return Sentences[s];
        }
    }

    /// <summary>The first of <paramref name="spans"/> (in reading order, not overlapping) that ends after <paramref name="offset"/>, or their count.</summary>
    public static int FirstEndingAfter<T>(IReadOnlyList<T> spans, Func<T, int> end, int offset)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (end(spans[middle]) <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
