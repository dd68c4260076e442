using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using DiplomacyData.Explorer.Export;
using DiplomacyData.Explorer.Progress;

namespace DiplomacyData.Explorer.Commands;

/// <summary><c>export</c>: the records as CSV, JSON Lines or Parquet, one file per record kind, and the events' GDELT-style rows.</summary>
internal static class ExportCommand
{
    public const string AllKinds = "all";

    private const string Csv = "csv";
    private const string JsonLines = "jsonl";
    private const string Parquet = "parquet";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "csv: RFC 4180, UTF-8, a header row, lists joined by ';', each group member in a column of its own (participants_actor, participants_role). jsonl: one JSON object per line, lists as arrays and groups as objects. "
                + "parquet: typed columns (dates as DATE with their precision and bounds, numbers as numbers, lists as LIST, groups as LIST of STRUCT) for Spark, DuckDB, pandas or BigQuery; binary, so it needs --output.",
            DefaultValueFactory = _ => Csv,
        };
        format.AcceptOnlyFromAmong(Csv, JsonLines, Parquet);

        var kind = new Option<string>("--kind")
        {
            Description = "Which records: all (every kind, and the event rows), one kind (" + string.Join(", ", KindNames.All) + "), or " + EventRowExporter.Name
                + ": the events' coded actions as GDELT-style rows, one per code and pair of source and target actors.",
            DefaultValueFactory = _ => AllKinds,
        };
        kind.AcceptOnlyFromAmong([AllKinds, .. KindNames.All, EventRowExporter.Name]);

        var output = new Option<string?>("--output", "-o")
        {
            Description = "The folder to write one file per kind into (events.csv, people.jsonl, agreements.parquet..., and event-rows.csv), created when missing; the files appear only once all of them are written. Without it, one kind is written to standard output (csv and jsonl only).",
            HelpName = "dir",
        };

        var command = new Command("export", "Write the records as CSV, JSON Lines or Parquet, one file per record kind, for a spreadsheet, pandas, DuckDB, Spark or BigQuery. Dates are ISO text at their precision (2023, 2023-07, 2023-07-26) with a *_precision column (in Parquet: DATE columns); references are ids.")
        {
            format, kind, output,
        };
        command.Validators.Add(result =>
        {
            // Read the tokens, not the values: defaults are not filled in yet, and a value that failed
            // AcceptOnlyFromAmong would throw here instead of being reported.
            var chosenKind = result.GetResult(kind)?.Tokens.LastOrDefault()?.Value ?? AllKinds;
            var chosenFormat = result.GetResult(format)?.Tokens.LastOrDefault()?.Value ?? Csv;
            var folderGiven = result.GetResult(output)?.Tokens.Any(token => token.Value.Length > 0) == true;
            if (folderGiven)
            {
                return;
            }

            if (chosenFormat == Parquet)
            {
                result.AddError("Parquet is a binary format and is not written to standard output: give a folder with --output <dir>, and each kind's .parquet file is written there.");
            }
            else if (chosenKind == AllKinds)
            {
                result.AddError("Exporting every kind writes one file per kind: give a folder with --output <dir>, or pick one kind with --kind to write it to standard output.");
            }
        });
        command.SetAction(parse =>
        {
            var tables = Tables(parse.GetValue(kind)!, parse.GetValue(format)!);
            var folder = parse.GetValue(output);
            var config = parse.InvocationConfiguration;
            if (!string.IsNullOrEmpty(folder))
            {
                return WriteFiles(config.Output, config.Error, folder, tables);
            }

            using var progress = TerminalProgress.For(config.Error);
            tables.Single().WriteText!(config.Output, progress);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes one kind's records as CSV or JSON Lines; returns how many.</summary>
    private static int WriteKind(TextWriter writer, RecordKind kind, bool jsonLines, TerminalProgress progress)
    {
        var records = Counted(RecordsOf(kind), progress);
        return jsonLines ? JsonLinesExporter.Write(writer, records) : CsvExporter.Write(writer, kind, records);
    }

    /// <summary>Writes the event rows as CSV or JSON Lines; returns how many.</summary>
    private static int WriteEventRows(TextWriter writer, bool jsonLines, TerminalProgress progress) =>
        EventRowExporter.Write(writer, Counted(Dataset.Current.ToEventRows(), progress).ToList(), jsonLines);

    private static IEnumerable<Record> RecordsOf(RecordKind kind) => Dataset.Current.All.Where(record => record.Kind == kind);

    /// <summary>The items, each counted on the progress line as it is handed to the writer.</summary>
    private static IEnumerable<T> Counted<T>(IEnumerable<T> items, TerminalProgress progress)
    {
        foreach (var item in items)
        {
            progress.Advance();
            yield return item;
        }
    }

    /// <summary>What <c>--kind</c> names in the chosen format: one table, or every kind's and then the event rows.</summary>
    private static IReadOnlyList<Table> Tables(string chosen, string format)
    {
        var eventRows = EventRowsTable(format);
        if (chosen == EventRowExporter.Name)
        {
            return [eventRows];
        }

        var kinds = chosen == AllKinds ? RecordFields.Kinds : [KindNames.FromPlural(chosen)!.Value];
        var tables = kinds.Select(kind => KindTable(kind, format)).ToList();
        if (chosen == AllKinds)
        {
            tables.Add(eventRows);
        }

        return tables;
    }

    private static Table KindTable(RecordKind kind, string format)
    {
        var fileName = KindNames.PluralOf(kind) + "." + format;
        var total = Dataset.Current.Info.Counts[kind];
        return format == Parquet
            ? Table.Binary(fileName, "records", total, (stream, progress) => ParquetExporter.WriteKind(stream, kind, Counted(RecordsOf(kind), progress)))
            : Table.Text(fileName, "records", total, (writer, progress) => WriteKind(writer, kind, format == JsonLines, progress));
    }

    private static Table EventRowsTable(string format)
    {
        var fileName = EventRowExporter.Name + "." + format;
        // The rows are made from the events; their number is known once they are, so the line counts events' rows as they come.
        return format == Parquet
            ? Table.Binary(fileName, "rows", 0, (stream, progress) => ParquetExporter.WriteEventRows(stream, Counted(Dataset.Current.ToEventRows(), progress)))
            : Table.Text(fileName, "rows", 0, (writer, progress) => WriteEventRows(writer, format == JsonLines, progress));
    }

    private static int WriteFiles(TextWriter output, TextWriter error, string folder, IReadOnlyList<Table> tables)
    {
        var written = new List<(string FileName, int Count, string Unit)>();
        var path = folder;
        try
        {
            using var staged = new StagedExport(folder);
            using (var progress = TerminalProgress.For(error))
            {
                foreach (var table in tables)
                {
                    path = Path.Combine(folder, table.FileName);
                    progress.Begin(table.FileName, table.Total);
                    using var stream = staged.Create(table.FileName);
                    written.Add((table.FileName, table.WriteFile(stream, progress), table.Unit));
                }
            }

            path = folder;
            staged.Commit();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: Could not write {path}: {exception.Message} Nothing was written; give a folder you can write to with --output <dir>.");
            return ExitCodes.NoResult;
        }

        foreach (var (fileName, count, unit) in written)
        {
            output.WriteLine($"{fileName,-20} {count,5} {unit}");
        }

        output.WriteLine($"Wrote {tables.Count} file{(tables.Count == 1 ? "" : "s")} to {Path.GetFullPath(folder)}");
        return ExitCodes.Success;
    }

    /// <summary>One file of the export: its name, what its lines count (records or rows) and how many when known, and how to write it.</summary>
    private sealed record Table(string FileName, string Unit, long Total, Func<Stream, TerminalProgress, int> WriteFile, Func<TextWriter, TerminalProgress, int>? WriteText)
    {
        public static Table Binary(string fileName, string unit, long total, Func<Stream, TerminalProgress, int> write) => new(fileName, unit, total, write, null);

        public static Table Text(string fileName, string unit, long total, Func<TextWriter, TerminalProgress, int> write) =>
            new(fileName, unit, total, (stream, progress) =>
            {
                using var writer = new StreamWriter(stream, Utf8WithoutBom, leaveOpen: true);
                return write(writer, progress);
            }, write);
    }
}
