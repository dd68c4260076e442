using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DiplomacyData.SeedCompiler.Handles;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// Joins all seed files into one dataset: unique ids, resolved references, quotes found in their
/// sources, sentence coverage, acyclic hierarchies, and a deterministic record order.
/// </summary>
internal sealed class DatasetLinker
{
    private static readonly HashSet<string> MembersOfObject = new(StringComparer.Ordinal)
    {
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    private readonly List<SeedDiagnostic> _diagnostics = new();
    private readonly Dictionary<string, SeedRecord> _byId;
    private readonly Dictionary<string, (SourceDocument Document, SourceTextIndex Index)> _documentsBySourceId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Start, int Length)>> _citedSpans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Start, int Length)>> _excludedSpans = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parentDropped = new(StringComparer.Ordinal);

    /// <summary>A list with nothing in it, the same for every field: it holds no text and no position.</summary>
    private static readonly LinkedValue EmptyList = new(SeedValueKind.List, null, -1, EquatableArray<LinkedValue>.Empty);

    private readonly Dictionary<string, LinkedValue> _scalars = new(StringComparer.Ordinal);

    /// <summary>Dates as written ("2023-07-14"), shared like <see cref="_scalars"/>: events fall on far fewer days than there are events.</summary>
    private readonly Dictionary<string, LinkedValue> _dates = new(StringComparer.Ordinal);
    private LinkedValue?[] _references = Array.Empty<LinkedValue?>();
    private readonly int _maxHandlesPerClass;
    private readonly List<string> _classesWithoutHandles = new();

    /// <param name="maxHandlesPerClass">The most typed handles a kind gets.</param>
    /// <param name="recordCount">How many records the files hold, so the maps of them are made at their size once
    /// rather than grown: at 100,000 events each growth left megabytes behind on the large object heap.</param>
    private DatasetLinker(int maxHandlesPerClass, int recordCount)
    {
        _maxHandlesPerClass = maxHandlesPerClass;
        _byId = new Dictionary<string, SeedRecord>(recordCount, StringComparer.Ordinal);
    }

    public static LinkResult Link(IReadOnlyList<SeedFile> files, IReadOnlyList<SourceDocument> documents, string releaseVersion, int maxHandlesPerClass = HandleLimit.DefaultPerClass)
    {
        var linker = new DatasetLinker(maxHandlesPerClass, files.Sum(f => f.Records.Count));
        var model = linker.Run(files, documents, releaseVersion);
        return new LinkResult(model, linker._diagnostics.ToEquatableArray());
    }

    private DatasetModel Run(IReadOnlyList<SeedFile> files, IReadOnlyList<SourceDocument> documents, string releaseVersion)
    {
        var orderedFiles = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var orderedDocuments = documents.OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
        var records = CollectUniqueRecords(orderedFiles);
        var handleNames = AssignHandleNames(records);
        AttachDocuments(records, orderedDocuments);
        var parents = BreakCycles(records);
        var ordered = Order(records, parents);
        var indexById = new Dictionary<string, int>(ordered.Count, StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            indexById[ordered[i].Id] = i;
        }

        _references = new LinkedValue?[ordered.Count];
        var quotes = FindQuotes(ordered);
        var linked = new List<LinkedRecord>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            CheckRecord(ordered[i], quotes[i]);
            linked.Add(LinkRecord(ordered[i], indexById, handleNames));
        }

        var coverage = MeasureCoverage(ordered);
        return new DatasetModel(releaseVersion, SeedHash(orderedFiles, orderedDocuments), linked.ToEquatableArray(), coverage.ToEquatableArray(), _classesWithoutHandles.ToEquatableArray());
    }

    private List<SeedRecord> CollectUniqueRecords(List<SeedFile> files)
    {
        var records = new List<SeedRecord>(files.Sum(f => f.Records.Count));
        foreach (var record in files.SelectMany(f => f.Records))
        {
            if (_byId.TryGetValue(record.Id, out var first))
            {
                Report(SeedDiagnostics.DuplicateId, record.IdLocation, record.Id, first.Definition.Description, Describe(first.IdLocation));
                continue;
            }

            _byId.Add(record.Id, record);
            records.Add(record);
        }

        return records;
    }

    private Dictionary<string, string> AssignHandleNames(List<SeedRecord> records)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in records.Where(r => r.Definition.HandleClass is not null).GroupBy(r => r.Definition.HandleClass!))
        {
            var count = group.Count();
            if (count > _maxHandlesPerClass)
            {
                var first = group.First();
                Report(SeedDiagnostics.HandlesLeftOut, first.IdLocation, group.Key, count.ToString("N0", CultureInfo.InvariantCulture), _maxHandlesPerClass.ToString("N0", CultureInfo.InvariantCulture), first.Definition.ClrType);
                _classesWithoutHandles.Add(group.Key);
                continue;
            }

            var taken = new Dictionary<string, SeedRecord>(StringComparer.Ordinal);
            foreach (var record in group)
            {
                var name = SeedNaming.ToPascal(record.Id);
                if (MembersOfObject.Contains(name) || name == group.Key)
                {
                    Report(SeedDiagnostics.HandleNameCollision, record.IdLocation, record.Id, $"{group.Key}.{name}", name == group.Key ? "is the name of its own class" : "is a member every .NET object already has");
                }
                else if (taken.TryGetValue(name, out var other))
                {
                    Report(SeedDiagnostics.HandleNameCollision, record.IdLocation, record.Id, $"{group.Key}.{name}", $"'{other.Id}' at {Describe(other.IdLocation)} becomes too");
                }
                else
                {
                    taken.Add(name, record);
                    names.Add(record.Id, name);
                }
            }
        }

        return names;
    }

    private void AttachDocuments(List<SeedRecord> records, List<SourceDocument> documents)
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
                Report(SeedDiagnostics.SourceFileMissing, file.Location!, file.Text);
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
            Report(SeedDiagnostics.UnusedSourceText, LocationInfo.StartOf(unused.FilePath), unused.RelativePath);
        }
    }

    /// <summary>Finds parent chains that loop, reports them once, and returns each record's usable parent.</summary>
    private Dictionary<string, string> BreakCycles(List<SeedRecord> records)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var field = record.Definition.Field("parent");
            var parentId = record["parent"].Text;
            if (field is not null && parentId is not null && _byId.TryGetValue(parentId, out var parent) && parent.Kind == record.Kind)
            {
                parents[record.Id] = parentId;
            }
        }

        // A chain already known to end at a root is not walked again, so a deep hierarchy costs one walk
        // per record up to the first known-good ancestor rather than one walk to the top for every record.
        var reachesRoot = new HashSet<string>(StringComparer.Ordinal);
        var seen = new List<string>();
        var onWalk = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            // One walk's collections, cleared rather than made anew: most walks are a record or two long.
            seen.Clear();
            onWalk.Clear();
            seen.Add(record.Id);
            onWalk.Add(record.Id);
            var acyclic = false;
            for (var current = record.Id; ;)
            {
                if (!parents.TryGetValue(current, out var next) || reachesRoot.Contains(next))
                {
                    acyclic = true;
                    break;
                }

                if (next == record.Id)
                {
                    Report(SeedDiagnostics.HierarchyCycle, record["parent"].Location!, record.Id, string.Join(" → ", seen.Concat(new[] { next })));
                    parents.Remove(record.Id);
                    _parentDropped.Add(record.Id);
                    acyclic = true; // the record is a root now, and every record on the walk leads to it
                    break;
                }

                if (!onWalk.Add(next))
                {
                    break; // a cycle further up that does not pass through this record: reported from one of its own
                }

                seen.Add(next);
                current = next;
            }

            if (acyclic)
            {
                reachesRoot.UnionWith(seen);
            }
        }

        return parents;
    }

    /// <summary>Kind order, then id order, moved so that a parent always comes before its children.</summary>
    private List<SeedRecord> Order(List<SeedRecord> records, Dictionary<string, string> parents)
    {
        var ordered = new List<SeedRecord>(records.Count);
        var chain = new Stack<SeedRecord>();
        foreach (var kind in records.GroupBy(r => SeedSchema.KindIndex(r.Kind)).OrderBy(g => g.Key))
        {
            var placed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in kind.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                // Walk up to the first ancestor already placed, then place the chain top-down. An explicit
                // stack, because a chain of thousands of sub-events would overflow the call stack.
                for (var current = record; placed.Add(current.Id);)
                {
                    chain.Push(current);
                    if (!parents.TryGetValue(current.Id, out var parentId))
                    {
                        break;
                    }

                    current = _byId[parentId]; // BreakCycles kept only parents of the same kind
                }

                while (chain.Count > 0)
                {
                    ordered.Add(chain.Pop());
                }
            }
        }

        return ordered;
    }

    /// <summary>One quote a record makes, and every place it stands in its article (null when there is no article to search).</summary>
    private readonly record struct QuoteSearch(string? SourceId, SeedValue Quote, bool Excludes, IReadOnlyList<(int Start, int Length)>? Found);

    /// <summary>
    /// Each record's quotes (its evidence, which cites, then an exclusion's own, which excludes) with where
    /// they stand. The searches are most of the checking and each stands alone, so they run on every core;
    /// what they found is reported in record order after.
    /// </summary>
    private QuoteSearch[][] FindQuotes(List<SeedRecord> records)
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

    private void CheckRecord(SeedRecord record, QuoteSearch[] quotes)
    {
        var definition = record.Definition;
        var evidence = record["evidence"];
        if (definition.IsFact && (evidence.IsAbsent || evidence.Items.Count == 0))
        {
            Report(SeedDiagnostics.MissingEvidence, record.IdLocation, Capitalize(definition.Description), record.Id);
        }

        foreach (var quote in quotes)
        {
            CheckQuote(quote, quote.Excludes ? _excludedSpans : _citedSpans);
        }

        if (record.Kind == SeedSchema.Places && record["parent"].IsAbsent && record["country"].IsAbsent)
        {
            Report(SeedDiagnostics.MissingRequired, record.IdLocation, "A place without a 'parent'", "country");
        }

        CheckOrder(record, "date", "endDate");
        CheckOrder(record, "start", "end");
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
            Report(SeedDiagnostics.QuoteNotFound, quote.Location!, document.Document.RelativePath, document.Index.ClosestPassage(quote.Text!));
            return;
        }

        if (!spans.TryGetValue(sourceId, out var list))
        {
            spans[sourceId] = list = new List<(int, int)>();
        }

        list.AddRange(found);
    }

    private void CheckOrder(SeedRecord record, string startField, string endField)
    {
        var start = record[startField];
        var end = record[endField];
        if (start.Text is null || end.Text is null ||
            !PartialDateText.TryParse(start.Text, out var y1, out var m1, out var d1, out _) ||
            !PartialDateText.TryParse(end.Text, out var y2, out var m2, out var d2, out _))
        {
            return;
        }

        if (PartialDateBounds.LatestDay(y2, m2, d2) < PartialDateBounds.EarliestDay(y1, m1, d1))
        {
            Report(SeedDiagnostics.DateContradiction, end.Location!, $"'{endField}' {end.Text} is before '{startField}' {start.Text}; swap them or correct one");
        }
    }

    private LinkedRecord LinkRecord(SeedRecord record, Dictionary<string, int> indexById, Dictionary<string, string> handleNames)
    {
        var definition = record.Definition;
        var values = new LinkedValue[definition.Fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var field = definition.Fields[i];
            values[i] = field switch
            {
                { IsComputed: true } => Computed(record, field),
                { Name: "parent" } when _parentDropped.Contains(record.Id) => LinkedValue.Absent, // the cycle was reported; the record stays, without the parent that loops
                _ => LinkValue(field, record.Values[i], indexById),
            };
        }

        handleNames.TryGetValue(record.Id, out var handle);
        return new LinkedRecord(SeedSchema.KindIndex(record.Kind), record.Id, handle, record.DisplayName, new EquatableArray<LinkedValue>(values), EvidenceNotes(record));
    }

    private static EquatableArray<EvidenceNote> EvidenceNotes(SeedRecord record)
    {
        var evidence = record["evidence"].Items;
        var notes = new List<EvidenceNote>(evidence.Count);
        foreach (var item in evidence)
        {
            if (item.Items[0].Text is { } source && item.Items[1].Text is { } quote)
            {
                notes.Add(new EvidenceNote(source, quote));
            }
        }

        return notes.Count == 0 ? EquatableArray<EvidenceNote>.Empty : new EquatableArray<EvidenceNote>(notes.ToArray());
    }

    private LinkedValue Computed(SeedRecord record, FieldDef field) =>
        field.Name == "contentHash" && _documentsBySourceId.TryGetValue(record.Id, out var document)
            ? new LinkedValue(SeedValueKind.Scalar, document.Document.ContentHash, -1, EquatableArray<LinkedValue>.Empty)
            : LinkedValue.Absent;

    private LinkedValue LinkValue(FieldDef field, SeedValue value, Dictionary<string, int> indexById)
    {
        switch (value.Kind)
        {
            case SeedValueKind.Absent:
                return LinkedValue.Absent;
            case SeedValueKind.Scalar when field.Type == FieldType.Ref:
                return ResolveReference(field, value, indexById);
            case SeedValueKind.Scalar when field.ShippedWords > 0 && value.Text is not null:
                return Scalar(TextRules.OpeningWords(value.Text, field.ShippedWords));
            case SeedValueKind.Scalar:
                return Scalar(value.Text);
            case SeedValueKind.Date when value.IsInferredDate:
                var inference = new[] { LinkValue(SeedSchema.InferredDate.Fields[1], value.Items[0], indexById), LinkValue(SeedSchema.InferredDate.Fields[2], value.Items[1], indexById) };
                return new LinkedValue(SeedValueKind.Date, value.Text, -1, new EquatableArray<LinkedValue>(inference));
            case SeedValueKind.Date:
                return Shared(_dates, SeedValueKind.Date, value.Text);
            case SeedValueKind.List:
                if (value.Items.Count == 0)
                {
                    return EmptyList;
                }

                var items = new LinkedValue[value.Items.Count];
                var count = 0;
                foreach (var item in value.Items)
                {
                    var linked = field.Type switch
                    {
                        FieldType.ObjectList => LinkObject(field.Item!, item, indexById),
                        FieldType.RefList => ResolveReference(field, item, indexById),
                        _ => Scalar(item.Text),
                    };
                    if (!linked.IsAbsent)
                    {
                        items[count++] = linked;
                    }
                }

                if (count < items.Length)
                {
                    Array.Resize(ref items, count);
                }

                return new LinkedValue(SeedValueKind.List, null, -1, new EquatableArray<LinkedValue>(items));
            default:
                return LinkedValue.Absent;
        }
    }

    private LinkedValue LinkObject(ObjectDef definition, SeedValue value, Dictionary<string, int> indexById)
    {
        // Every field is linked even once one required field is missing, so each reports its own problems.
        var fields = new LinkedValue[definition.Fields.Count];
        var incomplete = false;
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = LinkValue(definition.Fields[i], value.Items[i], indexById);
            incomplete |= definition.Fields[i].Required && fields[i].IsAbsent;
        }

        return incomplete ? LinkedValue.Absent : new LinkedValue(SeedValueKind.Object, null, -1, new EquatableArray<LinkedValue>(fields));
    }

    private LinkedValue ResolveReference(FieldDef field, SeedValue value, Dictionary<string, int> indexById)
    {
        var id = value.Text!;
        if (!_byId.TryGetValue(id, out var target))
        {
            var candidates = _byId.Values.Where(r => field.RefKinds.Contains(r.Kind)).Select(r => r.Id);
            var nearest = Nearest.Find(id, candidates);
            Report(SeedDiagnostics.UnknownReference, value.Location!, id, KindsText(field), nearest is null ? "" : $"; did you mean '{nearest}'?");
            return LinkedValue.Absent;
        }

        if (!field.RefKinds.Contains(target.Kind))
        {
            Report(SeedDiagnostics.WrongReferenceKind, value.Location!, id, target.Definition.Description, field.Name, KindsText(field));
            return LinkedValue.Absent;
        }

        var index = indexById[id];
        return _references[index] ??= new LinkedValue(SeedValueKind.Scalar, id, index, EquatableArray<LinkedValue>.Empty);
    }

    /// <summary>
    /// The one linked value for a text. Enum words, codes and names repeat across the whole dataset
    /// (most of the 3.9 million values at 100,000 events share 350,000 texts), and the linked model is
    /// kept by the compiler for as long as it compiles, so each distinct value is made once.
    /// </summary>
    private LinkedValue Scalar(string? text) => Shared(_scalars, SeedValueKind.Scalar, text);

    private static LinkedValue Shared(Dictionary<string, LinkedValue> shared, SeedValueKind kind, string? text)
    {
        if (text is null)
        {
            return new LinkedValue(kind, null, -1, EquatableArray<LinkedValue>.Empty);
        }

        if (!shared.TryGetValue(text, out var value))
        {
            value = new LinkedValue(kind, text, -1, EquatableArray<LinkedValue>.Empty);
            shared.Add(text, value);
        }

        return value;
    }

    private List<SourceCoverage> MeasureCoverage(List<SeedRecord> ordered)
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
                    Report(SeedDiagnostics.UnaccountedSentence, (lines ??= new LineMap(document.Document.FilePath, text)).Locate(start, length), number.ToString(CultureInfo.InvariantCulture), source.Id, sentence.Length > 120 ? sentence.Substring(0, 120) + "…" : sentence);
                }
            }

            var total = document.Index.Sentences.Count;
            var percent = total == 0 ? "100%" : ((citedCount + excludedCount) * 100.0 / total).ToString("0.#", CultureInfo.InvariantCulture) + "%";
            Report(SeedDiagnostics.CoverageReport, LocationInfo.StartOf(document.Document.FilePath), source.Id, Num(total), Num(citedCount), Num(excludedCount), Num(unaccounted), percent);
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

    private static string SeedHash(List<SeedFile> files, List<SourceDocument> documents)
    {
        var manifest = new StringBuilder();
        foreach (var file in files)
        {
            manifest.Append(file.RelativePath).Append(' ').Append(file.ContentHash).Append('\n');
        }

        foreach (var document in documents)
        {
            manifest.Append(document.RelativePath).Append(' ').Append(document.ContentHash).Append('\n');
        }

        return Hashing.Sha256Hex(manifest.ToString());
    }

    private static string KindsText(FieldDef field) =>
        string.Join(" or ", field.RefKinds.Select(k => SeedSchema.Kind(k)!.Description));

    private static string Describe(LocationInfo location) =>
        $"{System.IO.Path.GetFileName(location.FilePath)}({location.StartLine + 1},{location.StartColumn + 1})";

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private void Report(SeedDiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(SeedDiagnostic.Create(descriptor, location, args));
}
