using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// Writes <see cref="Dataset.ToEventRows"/> as CSV or JSON Lines: one GDELT-style row per code and pair of
/// source and target actors (<c>event-rows.csv</c> beside the kinds' files). Columns:
/// <list type="bullet">
/// <item><c>date</c> at its precision (<c>2023</c>, <c>2023-07</c>, <c>2023-07-03</c>; never a made-up day), <c>date_precision</c>,
/// and <c>date_not_before</c> / <c>date_not_after</c> for a date the sources only bound (the event's effective date: a sub-event takes its parent's);</item>
/// <item><c>source_actor</c>, <c>source_country_iso3</c>, <c>target_actor</c>, <c>target_country_iso3</c>: ids and ISO 3166 alpha-3 codes;</item>
/// <item><c>code_system</c> (<c>CAMEO</c>, <c>PLOVER</c>), <c>code</c>, <c>plover_mode</c>;</item>
/// <item><c>event</c>, the event's id; <c>actors_note</c>, why the actor columns are empty when they are; <c>evidence_sources</c>, the sources' ids.</item>
/// </list>
/// </summary>
internal static class EventRowExporter
{
    /// <summary>The name <c>export --kind</c> and the file take.</summary>
    public const string Name = "event-rows";

    /// <summary>The columns, in order; a date's columns also give it as days (for Parquet), as the record kinds' dates do.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("date", row => FieldValue.Text(row.Date.IsKnown ? row.Date.ToString() : null), Day: row => row.Date.IsKnown ? DayOf(row.Date.Earliest) : null),
        new("date_precision", row => FieldValue.Text(FieldNaming.SeedWordOf(row.Date.Precision))),
        new("date_not_before", row => FieldValue.Text(row.Date.NotBefore is { IsKnown: true } bound ? bound.ToString() : null), Day: row => DayOf(row.Date.Earliest)),
        new("date_not_after", row => FieldValue.Text(row.Date.NotAfter is { IsKnown: true } bound ? bound.ToString() : null), Day: row => DayOf(row.Date.Latest)),
        new("source_actor", row => FieldValue.Reference(row.Source)),
        new("source_country_iso3", row => FieldValue.Text(row.SourceCountry?.Iso3)),
        new("target_actor", row => FieldValue.Reference(row.Target)),
        new("target_country_iso3", row => FieldValue.Text(row.TargetCountry?.Iso3)),
        new("code_system", row => FieldValue.Text(row.System.ToString().ToUpperInvariant())),
        new("code", row => FieldValue.Text(row.Code)),
        new("plover_mode", row => FieldValue.Text(row.Mode is { } mode ? FieldNaming.SeedWordOf(mode) : null)),
        new("event", row => FieldValue.Reference(row.Event)),
        new("actors_note", row => FieldValue.Text(row.ActorsNote)),
        new("evidence_sources", row => FieldValue.List(row.EvidenceSources.Select(FieldValue.Reference)), FieldShape.List),
    ];

    public static IReadOnlyList<string> Header { get; } = Columns.Select(column => column.Name).ToArray();

    public static IReadOnlyList<RecordField> Fields(EventRow row) =>
        Columns.Select(column => new RecordField(column.Name, column.Read(row))).ToArray();

    /// <summary>Writes the rows; returns how many.</summary>
    public static int Write(TextWriter writer, IReadOnlyList<EventRow> rows, bool jsonLines)
    {
        if (jsonLines)
        {
            return JsonLinesExporter.WriteLines(writer, rows.Select(Fields));
        }

        Csv.WriteRow(writer, Header);
        foreach (var row in rows)
        {
            Csv.WriteRow(writer, Fields(row).Select(field => field.Value.Kind == FieldValueKind.List
                ? CsvExporter.JoinItems(field.Value.Items.Select(item => item.Scalar))
                : field.Value.Scalar ?? ""));
        }

        return rows.Count;
    }

    private static DateOnly? DayOf(DateTime? day) => day is { } value ? DateOnly.FromDateTime(value) : null;

    /// <summary>One column of the event rows: its name, how to read it, its shape, and for a date column its day.</summary>
    public sealed record Column(string Name, Func<EventRow, FieldValue> Read, FieldShape Shape = FieldShape.Scalar, Func<EventRow, DateOnly?>? Day = null);
}
