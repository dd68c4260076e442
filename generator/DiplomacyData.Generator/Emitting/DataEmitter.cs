using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.SeedCompiler.Tables;
using DiplomacyData.SeedCompiler.Tables.Packing;
using DiplomacyData.TableFormat;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Writes the compiled dataset as data tables (see <see cref="ChunkedTable"/> and <see cref="Cell"/>):
/// the texts, one row per record, and the lookup indexes, each in its own file, plus the facts about
/// the release. Nothing here is decoded when the library loads; records are read when first touched.
/// </summary>
internal static class DataEmitter
{
    /// <param name="model">The linked dataset.</param>
    /// <param name="packing">Which tables are packed (see <see cref="TablePacking"/>); <see cref="PackingPolicy.Default"/> when null.</param>
    public static IEnumerable<(string Name, string Text)> Emit(DatasetModel model, PackingPolicy? packing = null)
    {
        var strings = new StringTable();
        var encoder = new RecordEncoder(strings);

        // The indexes are worked out from the model alone while the records are encoded on this thread:
        // at 100,000 events each is about a second of work, and the machine has more than one core.
        var planning = Task.Run(() => IndexPlan.Of(model));

        var records = new ChunkedTable("Records", "One row per record in dataset order: its parent's position + 1, its id, for a kind with detail fields its RecordDetails row address, then its main fields in schema order, as varints (texts by StringStarts row).");
        var details = new ChunkedTable("RecordDetails", "The detail fields of the records of the kinds that have them (events' texts, codes and evidence), one row per record in dataset order, in schema order, as varints: what a query over every record seldom reads.");
        var recordStarts = new FixedTable("RecordStarts", $"Where each record's row begins in Records: chunk * 2^{RowAddress.ChunkBits} + byte offset, one cell per record.", 1, Cell.AddressWidth);
        foreach (var record in model.Records)
        {
            var detailRow = encoder.EncodeDetails(record);
            var detailsAt = detailRow is null ? 0 : details.Add(detailRow);
            recordStarts.Add(records.Add(encoder.Encode(record, record.ParentPosition, detailsAt)));
        }

        var plan = planning.GetAwaiter().GetResult(); // rethrows the planner's own exception, not an AggregateException
        var idSlots = new FixedTable("IdSlots", "Open-addressing hash table of ids (KeyHash of the id, then the next free slot): record position + 1, or 0 for an empty slot.", 1);
        foreach (var slot in plan.IdSlots)
        {
            idSlots.Add(slot);
        }

        var names = plan.NameEntries;
        var nameSlots = new FixedTable("NameSlots", "Open-addressing hash table of folded names and aliases (KeyHash of the NameKey): NameEntries row + 1, or 0.", 1);
        foreach (var slot in IndexPlanner.NameSlots(names))
        {
            nameSlots.Add(slot);
        }

        var nameEntries = new FixedTable("NameEntries", "One row per folded name: its text (StringStarts row), then the first NamePostings row and the count of entities bearing it.", 3);
        var namePostings = new FixedTable("NamePostings", "Positions of the entities each folded name finds, in dataset order.", 1);
        foreach (var (key, entities) in names)
        {
            nameEntries.Add(strings.Intern(key), namePostings.Rows, entities.Count);
            foreach (var entity in entities)
            {
                namePostings.Add(entity);
            }
        }

        var (referenceStarts, referencePostings) = ReferenceTables(plan.References);

        var (relationStarts, relationKeys, relationPostings) = RelationTables(plan.RelationLists);

        var dates = plan.EventDates;
        var eventDates = new FixedTable("EventDates", "Events with a span of possible days (from their own date, both bounds, or their parent's days), in chronological order: first possible day, last possible day (of the end date when there is one; days since 0001-01-01), record position.", 3);
        foreach (var (earliest, latest, record) in dates)
        {
            eventDates.Add(earliest, latest, record);
        }

        var coverage = new FixedTable("Coverage", "Sentences per source: source id (StringStarts row), total, cited, excluded, unaccounted.", 5);
        foreach (var c in model.Coverage)
        {
            coverage.Add(strings.Intern(c.SourceId), c.Sentences, c.Cited, c.Excluded, c.Unaccounted);
        }

        var text = new ChunkedTable("Strings", "Every distinct text of the dataset (ids, names, titles, quotes, notes, folded name keys) in UTF-8, in order of first use.");
        var stringStarts = new FixedTable("StringStarts", $"Where each text begins in Strings: chunk * 2^{RowAddress.ChunkBits} + byte offset; it ends before the next text's line feed.", 1, Cell.AddressWidth);
        foreach (var s in strings.Strings)
        {
            stringStarts.Add(text.Add(s));
        }

        // The texts compress best (about a quarter of their size), then the record rows; the cell tables
        // least, so they are packed last, while the budget lasts.
        TablePacking.Pack(new[]
        {
            text, records, details, recordStarts.Chunks, stringStarts.Chunks, idSlots.Chunks, nameSlots.Chunks, nameEntries.Chunks,
            namePostings.Chunks, relationKeys.Chunks, relationPostings, eventDates.Chunks, coverage.Chunks,
            referenceStarts.Chunks, referencePostings,
        }, packing ?? PackingPolicy.Default);

        yield return ("DatasetStrings.g.cs", File("The dataset's texts.", w =>
        {
            Emit(w, text);
            Emit(w, stringStarts);
        }));

        yield return ("DatasetRecords.g.cs", File("The dataset's records, one row each, read when first touched.", w =>
        {
            w.Line($"/// <summary>The first record position of each kind, in schema order, then the record count ({N(model.Records.Count)}).</summary>");
            w.Line($"internal static readonly int[] KindStarts = {{ {string.Join(", ", KindStarts(model).Select(N))} }};");
            w.Line();
            DecodeOptimization.WriteConstant(w, model.Records.Count);
            Emit(w, records);
            Emit(w, details);
            Emit(w, recordStarts);
        }));

        yield return ("DatasetIndexes.g.cs", File("Every lookup of the dataset, computed by the generator.", w =>
        {
            w.Line($"/// <summary>The first RelationKeys row of each relation, then the row count.</summary>");
            w.Line($"internal static readonly int[] RelationStarts = {{ {string.Join(", ", relationStarts.Select(N))} }};");
            w.Line();
            w.Line($"/// <summary>The most days any dated event spans, so EventsBetween knows how early to start looking.</summary>");
            w.Line($"internal const int EventDateMaxSpanDays = {N(dates.Count == 0 ? 0 : dates.Max(d => d.Latest - d.Earliest))};");
            w.Line();
            Emit(w, idSlots);
            Emit(w, nameSlots);
            Emit(w, nameEntries);
            Emit(w, namePostings);
            EmitReferences(w, referenceStarts, referencePostings);
            Emit(w, relationKeys);
            Emit(w, relationPostings);
            Emit(w, eventDates);
            Emit(w, coverage);
        }));
    }

    /// <summary>
    /// The reverse reference index: ReferenceStarts holds, for each record, where its run of ReferencePostings
    /// begins, so a record's references are found by its position alone (nearly every record is referred
    /// to, so a row per record costs less than a sorted key column). The runs are varints (see
    /// <see cref="ReferenceRun"/>): at 100,000 events fixed cells made the index 11 MB of source.
    /// </summary>
    private static (FixedTable Starts, ChunkedTable Postings) ReferenceTables(List<(int Referrer, int Field)>?[] references)
    {
        var starts = new FixedTable("ReferenceStarts", $"For each record position, where its run begins in ReferencePostings: chunk * 2^{RowAddress.ChunkBits} + byte offset.", 1, Cell.AddressWidth);
        var postings = new ChunkedTable("ReferencePostings", $"Who refers to each record, a run per record in dataset order: the count, then (referrer - previous referrer) * {ReferenceFields.Paths.Count} + field (a ReferenceFields index), as varints; referrers in dataset order, then fields in schema order; a new row every {ReferenceRun.PostingsPerRow} references.");
        var none = new List<(int Referrer, int Field)>();
        foreach (var referrers in references)
        {
            starts.Add(AddRun(postings, ReferenceRun.Rows(referrers ?? none, ReferenceFields.Paths.Count)));
        }

        return (starts, postings);
    }

    /// <summary>
    /// The relation indexes: RelationKeys holds, for each relation in turn (RelationStarts says where each
    /// begins), its key records in ascending order, each with where its run of RelationPostings begins. The
    /// runs are the reference index's varints with a field count of 1 (see <see cref="ReferenceRun"/>): the
    /// count, then the gaps between ascending positions; at 100,000 events a fixed cell per position made
    /// RelationPostings 6 MB of source.
    /// </summary>
    private static (List<int> Starts, FixedTable Keys, ChunkedTable Postings) RelationTables(List<SortedDictionary<int, List<int>>> relations)
    {
        var starts = new List<int>();
        var keys = new FixedTable("RelationKeys", $"For each relation ({string.Join(", ", Enum.GetNames(typeof(Relation)))}; RelationStarts says where each begins), rows sorted by key: key record, then where its run begins in RelationPostings (chunk * 2^{RowAddress.ChunkBits} + byte offset).", 2, Cell.AddressWidth);
        var postings = new ChunkedTable("RelationPostings", $"The records each relation key lists, a run per RelationKeys row: the count, then the gaps between ascending positions (the first from 0), as varints; a new row every {ReferenceRun.PostingsPerRow} positions.");
        foreach (var relation in relations)
        {
            starts.Add(keys.Rows);
            foreach (var pair in relation)
            {
                keys.Add(pair.Key, AddRun(postings, ReferenceRun.Rows(pair.Value)));
            }
        }

        starts.Add(keys.Rows);
        return (starts, keys, postings);
    }

    /// <summary>Adds a run's rows to <paramref name="postings"/>; returns the row address where the run begins.</summary>
    private static int AddRun(ChunkedTable postings, List<string> rows)
    {
        var address = postings.Add(rows[0]);
        for (var i = 1; i < rows.Count; i++)
        {
            postings.Add(rows[i]);
        }

        return address;
    }

    private static void EmitReferences(SourceWriter w, FixedTable starts, ChunkedTable postings)
    {
        w.Line($"/// <summary>The fields ReferencePostings name by number, spelt as in the seed files (see ReferencePath).</summary>");
        w.Line($"internal static readonly string[] ReferenceFields = {{ {string.Join(", ", ReferenceFields.Paths.Select(CodeText.Literal))} }};");
        w.Line();
        Emit(w, starts);
        Emit(w, postings);
    }

    public static string EmitInfo(DatasetModel model)
    {
        var w = new SourceWriter();
        w.Header("What identifies this data release.");
        w.Line("namespace DiplomacyData;");
        w.Line();
        w.Open("internal static partial class GeneratedDatasetInfo");
        w.Line($"internal static partial string ReleaseVersion => {CodeText.Literal(model.ReleaseVersion)};");
        w.Line();
        w.Line($"internal static partial string SeedHash => {CodeText.Literal(model.SeedHash)};");
        w.Close();
        return w.ToString();
    }

    private static string File(string purpose, System.Action<SourceWriter> body)
    {
        var w = new SourceWriter();
        w.Header(purpose);
        w.Line("namespace DiplomacyData;");
        w.Line();
        w.Open("internal static partial class DatasetBlob");
        body(w);
        w.Close();
        return w.ToString();
    }

    private static void Emit(SourceWriter w, ChunkedTable table)
    {
        TableEmitter.Emit(w, table);
        w.Line();
    }

    private static void Emit(SourceWriter w, FixedTable table)
    {
        w.Line($"/// <summary>Reads {table.Name}: {N(table.Rows)} rows of {N(table.Columns)} cells of {N(table.Width)} bytes.</summary>");
        w.Line($"internal static readonly CellTable {table.Name}Table = new({table.Name}, rows: {N(table.Rows)}, columns: {N(table.Columns)}, width: {N(table.Width)}, rowsPerChunk: {N(table.RowsPerChunk)});");
        w.Line();
        TableEmitter.Emit(w, table.Chunks);
        w.Line();
    }

    private static IEnumerable<int> KindStarts(DatasetModel model)
    {
        var position = 0;
        for (var kind = 0; kind < SeedSchema.Kinds.Count; kind++)
        {
            yield return position;
            while (position < model.Records.Count && model.Records[position].KindIndex == kind)
            {
                position++;
            }
        }

        yield return model.Records.Count;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
