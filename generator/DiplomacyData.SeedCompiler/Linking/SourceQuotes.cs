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
    private readonly Dictionary<string, List<(int Start, int Length)>> _citedSpans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Start, int Length)>> _excludedSpans = new(StringComparer.Ordinal);

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

    /// <summary>One quote a record makes, and every place it stands in its article (null when there is no article to search).</summary>
    public readonly record struct QuoteSearch(string? SourceId, SeedValue Quote, bool Excludes, IReadOnlyList<(int Start, int Length)>? Found);

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
                quotes[q] = Search(evidence[q].Items[0].Text, evidence[q].Items[1], false);
            }

            if (excludes)
            {
                quotes[evidence.Count] = Search(record["source"].Text, record["quote"], true);
            }

            searches[i] = quotes;
        });
        return searches;

        QuoteSearch Search(string? sourceId, SeedValue quote, bool excludes) =>
            new(sourceId, quote, excludes, sourceId is not null && quote.Text is not null && _documentsBySourceId.TryGetValue(sourceId, out var document)
                ? document.Index.FindAll(quote.Text)
                : null);
    }

    /// <summary>Reports a quote not found in its article (DD0007), and marks where a found one stands, as cited or excluded.</summary>
    public void CheckQuote(QuoteSearch search)
    {
        CheckQuote(search, search.Excludes ? _excludedSpans : _citedSpans);
    }

    private void CheckQuote(QuoteSearch search, Dictionary<string, List<(int, int)>> spans)
    {
        var (sourceId, quote, _, found) = search;
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

        if (!spans.TryGetValue(sourceId, out var list))
        {
            spans[sourceId] = list = new List<(int, int)>();
        }

        list.AddRange(found);
    }

    public List<SourceCoverage> MeasureCoverage(List<SeedRecord> ordered)
    {
        var coverage = new List<SourceCoverage>();
        foreach (var source in ordered.Where(r => r.Kind == SeedSchema.Sources))
        {
            if (!_documentsBySourceId.TryGetValue(source.Id, out var document))
            {
                continue;
            }

            var text = document.Index.Text;
            var cited = Mark(text.Length, _citedSpans, source.Id);
            var anyQuote = Mark(text.Length, _excludedSpans, source.Id);
            for (var i = 0; i < cited.Length; i++)
            {
                anyQuote[i] |= cited[i];
            }

            int citedCount = 0, excludedCount = 0, unaccounted = 0, number = 0;
            LineMap? lines = null; // only to locate an unaccounted sentence, which a finished source has none of
            foreach (var (start, length) in document.Index.Sentences)
            {
                number++;
                var letters = SourceTextIndex.CountLetters(text, start, length);
                if (CoveredLetters(text, cited, start, length) * 2 >= letters)
                {
                    citedCount++;
                }
                else if (CoveredLetters(text, anyQuote, start, length) * 2 >= letters)
                {
                    excludedCount++;
                }
                else
                {
                    unaccounted++;
                    var sentence = text.Substring(start, length);
                    _context.Report(SeedDiagnostics.UnaccountedSentence, (lines ??= new LineMap(document.Document.FilePath, text)).Locate(start, length), number.ToString(CultureInfo.InvariantCulture), source.Id, sentence.Length > 120 ? sentence.Substring(0, 120) + "…" : sentence);
                }
            }

            var total = document.Index.Sentences.Count;
            var percent = total == 0 ? "100%" : ((citedCount + excludedCount) * 100.0 / total).ToString("0.#", CultureInfo.InvariantCulture) + "%";
            _context.Report(SeedDiagnostics.CoverageReport, LocationInfo.StartOf(document.Document.FilePath), source.Id, Num(total), Num(citedCount), Num(excludedCount), Num(unaccounted), percent);
            coverage.Add(new SourceCoverage(source.Id, total, citedCount, excludedCount, unaccounted));
        }

        return coverage;

        static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
    }

    private static bool[] Mark(int length, Dictionary<string, List<(int Start, int Length)>> spans, string sourceId)
    {
        var marks = new bool[length];
        if (spans.TryGetValue(sourceId, out var list))
        {
            foreach (var (start, spanLength) in list)
            {
                for (var i = start; i < start + spanLength; i++)
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
