using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// Quotes and sentence coverage: each source record is joined to its article, every quote is found in
/// its article (DD0007), and every sentence of every article must be cited or excluded (DD0011, with
/// the per-article summary DD0022). The report site and <c>validate</c> use the same rules through this type.
/// </summary>
internal sealed class SourceQuotes
{
    private readonly LinkContext _context;
    private readonly Dictionary<string, (SourceDocument Document, SourceTextIndex Index)> _documentsBySourceId = new(StringComparer.Ordinal);

    /// <summary>Every found quote of each source, cited and excluding, in the order the records were checked.</summary>
    private readonly Dictionary<string, List<QuotePlacement>> _placements = new(StringComparer.Ordinal);

    public SourceQuotes(LinkContext context) => _context = context;

    /// <summary>The article a source record describes, when its file was found.</summary>
    public bool TryGetDocument(string sourceId, out SourceDocument document)
    {
        var found = _documentsBySourceId.TryGetValue(sourceId, out var entry);
        document = entry.Document;
        return found;
    }

    /// <summary>The searchable text of a source's article, when its file was found.</summary>
    public bool TryGetText(string sourceId, out SourceTextIndex text)
    {
        var found = _documentsBySourceId.TryGetValue(sourceId, out var entry);
        text = entry.Index;
        return found;
    }

    public void AttachDocuments(List<SeedRecord> records, List<SourceDocument> documents)
    {
        var byPath = documents.ToDictionary(d => d.RelativePath, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var attached = new List<(string SourceId, SourceDocument Document)>();
        foreach (var source in records.Where(r => r.Kind == SeedSchema.Sources))
        {
            var file = source["file"];
            if (file.Text is null)
            {
                continue;
            }

            if (!byPath.TryGetValue(file.Text, out var document))
            {
                _context.Report(SeedDiagnostics.SourceFileMissing, file.Location!, file.Text);
                continue;
            }

            used.Add(document.RelativePath);
            attached.Add((source.Id, document));
        }

        // Each article is indexed on its own, so they are indexed on every core at once (0.8 s on one at 100,000 events).
        var indexes = new SourceTextIndex[attached.Count];
        Parallel.For(0, attached.Count, i => indexes[i] = new SourceTextIndex(attached[i].Document.Text));
        for (var i = 0; i < attached.Count; i++)
        {
            _documentsBySourceId[attached[i].SourceId] = (attached[i].Document, indexes[i]);
        }

        foreach (var unused in documents.Where(d => !used.Contains(d.RelativePath)))
        {
            _context.Report(SeedDiagnostics.UnusedSourceText, LocationInfo.StartOf(unused.FilePath), unused.RelativePath);
        }
    }

    /// <summary>
    /// One quote a record makes, and every place it stands in its article (null when there is no article to search).
    /// <paramref name="Record"/> is the record's position in dataset order, <paramref name="Item"/> the quote's
    /// position in its evidence (-1 for an exclusion's own quote).
    /// </summary>
    public readonly record struct QuoteSearch(string? SourceId, SeedValue Quote, bool Excludes, IReadOnlyList<(int Start, int Length)>? Found, int Record, int Item);

    /// <summary>
    /// Each record's quotes (its evidence, which cites, then an exclusion's own, which excludes) with where
    /// they stand. The searches are most of the checking and each stands alone, so they run on every core;
    /// what they found is reported in record order after.
    /// </summary>
    public QuoteSearch[][] FindQuotes(List<SeedRecord> records)
    {
        var searches = new QuoteSearch[records.Count][];
        Parallel.For(0, records.Count, i =>
        {
            var record = records[i];
            var evidence = record["evidence"].Items;
            var excludes = record.Kind == SeedSchema.Exclusions;
            var quotes = new QuoteSearch[evidence.Count + (excludes ? 1 : 0)];
            for (var q = 0; q < evidence.Count; q++)
            {
                quotes[q] = Search(evidence[q].Items[0].Text, evidence[q].Items[1], false, i, q);
            }

            if (excludes)
            {
                quotes[evidence.Count] = Search(record["source"].Text, record["quote"], true, i, -1);
            }

            searches[i] = quotes;
        });
        return searches;

        QuoteSearch Search(string? sourceId, SeedValue quote, bool excludes, int record, int item) =>
            new(sourceId, quote, excludes, sourceId is not null && quote.Text is not null && _documentsBySourceId.TryGetValue(sourceId, out var document)
                ? document.Index.FindAll(quote.Text)
                : null, record, item);
    }

    /// <summary>Reports a quote not found in its article (DD0007), and marks where a found one stands, as cited or excluded.</summary>
    public void CheckQuote(QuoteSearch search)
    {
        var (sourceId, quote, excludes, found, record, item) = search;
        if (found is null || sourceId is null)
        {
            return; // No article to search: an unknown source is reported as a reference; a missing file by AttachDocuments.
        }

        if (found.Count == 0)
        {
            var document = _documentsBySourceId[sourceId];
            _context.Report(SeedDiagnostics.QuoteNotFound, quote.Location!, document.Document.RelativePath, document.Index.ClosestPassage(quote.Text!));
            return;
        }

        if (!_placements.TryGetValue(sourceId, out var list))
        {
            _placements[sourceId] = list = new List<QuotePlacement>();
        }

        foreach (var (start, length) in found)
        {
            list.Add(new QuotePlacement(start, length, record, item, excludes));
        }
    }

    /// <summary>
    /// Counts each source's sentences as cited, excluded or neither, reporting each of the last (DD0011) and a
    /// summary per source (DD0022). With <paramref name="provenance"/>, also adds each source's sentences and quotes
    /// there, as the report site shows them: the same split and the same rule, counted once.
    /// </summary>
    public List<SourceCoverage> MeasureCoverage(List<SeedRecord> ordered, ICollection<ArticleProvenance>? provenance = null)
    {
        var coverage = new List<SourceCoverage>();
        foreach (var source in ordered.Where(r => r.Kind == SeedSchema.Sources))
        {
            if (!_documentsBySourceId.TryGetValue(source.Id, out var document))
            {
                continue;
            }

            var text = document.Index.Text;
            _placements.TryGetValue(source.Id, out var placements);
            placements ??= new List<QuotePlacement>();
            var cited = Mark(text.Length, placements, excludingToo: false);
            var anyQuote = Mark(text.Length, placements, excludingToo: true);

            int citedCount = 0, excludedCount = 0, unaccounted = 0, number = 0;
            var statuses = new SentenceStatus[document.Index.Sentences.Count];
            LineMap? lines = null; // only to locate an unaccounted sentence, which a finished source has none of
            foreach (var (start, length) in document.Index.Sentences)
            {
                number++;
                var letters = SourceTextIndex.CountLetters(text, start, length);
                if (CoveredLetters(text, cited, start, length) * 2 >= letters)
                {
                    citedCount++;
                    statuses[number - 1] = SentenceStatus.Cited;
                }
                else if (CoveredLetters(text, anyQuote, start, length) * 2 >= letters)
                {
                    excludedCount++;
                    statuses[number - 1] = SentenceStatus.Excluded;
                }
                else
                {
                    unaccounted++;
                    statuses[number - 1] = SentenceStatus.Unaccounted;
                    var sentence = text.Substring(start, length);
                    _context.Report(SeedDiagnostics.UnaccountedSentence, (lines ??= new LineMap(document.Document.FilePath, text)).Locate(start, length), number.ToString(CultureInfo.InvariantCulture), source.Id, sentence.Length > 120 ? sentence.Substring(0, 120) + "…" : sentence);
                }
            }

            var total = document.Index.Sentences.Count;
            var percent = total == 0 ? "100%" : ((citedCount + excludedCount) * 100.0 / total).ToString("0.#", CultureInfo.InvariantCulture) + "%";
            _context.Report(SeedDiagnostics.CoverageReport, LocationInfo.StartOf(document.Document.FilePath), source.Id, Num(total), Num(citedCount), Num(excludedCount), Num(unaccounted), percent);
            coverage.Add(new SourceCoverage(source.Id, total, citedCount, excludedCount, unaccounted));
            provenance?.Add(PlaceQuotes(source.Id, document.Document, document.Index.Sentences, statuses, placements));
        }

        return coverage;

        static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Each sentence with its status and the quotes that overlap it; the quotes in reading order.</summary>
    private static ArticleProvenance PlaceQuotes(string sourceId, SourceDocument document, IReadOnlyList<(int Start, int Length)> sentences, SentenceStatus[] statuses, List<QuotePlacement> placements)
    {
        var quotes = placements.OrderBy(p => p.Start).ThenBy(p => p.Length).ThenBy(p => p.Record).ThenBy(p => p.Item).ToList();
        var overlapping = new List<QuotePlacement>?[sentences.Count];
        foreach (var quote in quotes)
        {
            for (var s = ArticleProvenance.FirstEndingAfter(sentences, sentence => sentence.Start + sentence.Length, quote.Start); s < sentences.Count && sentences[s].Start < quote.End; s++)
            {
                (overlapping[s] ??= new List<QuotePlacement>()).Add(quote);
            }
        }

        var placed = new SentenceProvenance[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            placed[s] = new SentenceProvenance(s + 1, sentences[s].Start, sentences[s].Length, statuses[s], (IReadOnlyList<QuotePlacement>?)overlapping[s] ?? Array.Empty<QuotePlacement>());
        }

        return new ArticleProvenance(sourceId, document, placed, quotes);
    }

    /// <summary>The characters the cited quotes cover, or with <paramref name="excludingToo"/> those any quote covers.</summary>
    private static bool[] Mark(int length, List<QuotePlacement> placements, bool excludingToo)
    {
        var marks = new bool[length];
        foreach (var placement in placements)
        {
            if (excludingToo || !placement.Excludes)
            {
                for (var i = placement.Start; i < placement.End; i++)
                {
                    marks[i] = true;
                }
            }
        }

        return marks;
    }

    private static int CoveredLetters(string text, bool[] marks, int start, int length)
    {
        var count = 0;
        for (var i = start; i < start + length; i++)
        {
            if (marks[i] && char.IsLetterOrDigit(text[i]))
            {
                count++;
            }
        }

        return count;
    }
}
