using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using DiplomacyData.Explorer.Export;

namespace DiplomacyData.Explorer.Commands;

/// <summary><c>export</c>: the records as CSV or JSON Lines, one file per record kind, and the events' GDELT-style rows.</summary>
internal static class ExportCommand
{
    public const string AllKinds = "all";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "csv: RFC 4180, UTF-8, a header row, lists joined by ';', each group member in a column of its own (participants_actor, participants_role). jsonl: one JSON object per line, lists as arrays and groups as objects.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "jsonl");

        var kind = new Option<string>("--kind")
        {
            Description = "Which records: all (every kind, and the event rows), one kind (" + string.Join(", ", KindNames.All) + "), or " + EventRowExporter.Name
                + ": the events' coded actions as GDELT-style rows, one per code and pair of source and target actors.",
            DefaultValueFactory = _ => AllKinds,
        };
        kind.AcceptOnlyFromAmong([AllKinds, .. KindNames.All, EventRowExporter.Name]);

        var output = new Option<string?>("--output", "-o")
        {
            Description = "The folder to write one file per kind into (events.csv, people.jsonl..., and event-rows.csv), created when missing. Without it, one kind is written to standard output.",
            HelpName = "dir",
        };

        var command = new Command("export", "Write the records as CSV or JSON Lines, one file per record kind, for a spreadsheet, pandas or DuckDB. Dates are ISO text at their precision (2023, 2023-07, 2023-07-26) with a *_precision column; references are ids.")
        {
            format, kind, output,
        };
        command.Validators.Add(result =>
        {
            // Read the tokens, not the values: defaults are not filled in yet, and a value that failed
            // AcceptOnlyFromAmong would throw here instead of being reported.
            var chosenKind = result.GetResult(kind)?.Tokens.LastOrDefault()?.Value ?? AllKinds;
            var folderGiven = result.GetResult(output)?.Tokens.Any(token => token.Value.Length > 0) == true;
            if (chosenKind == AllKinds && !folderGiven)
            {
                result.AddError("Exporting every kind writes one file per kind: give a folder with --output <dir>, or pick one kind with --kind to write it to standard output.");
            }
        });
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(kind)!;
            var jsonLines = parse.GetValue(format) == "jsonl";
            var tables = Tables(chosen, jsonLines);
            var folder = parse.GetValue(output);
            var config = parse.InvocationConfiguration;
            if (!string.IsNullOrEmpty(folder))
            {
                return WriteFiles(config.Output, config.Error, folder, tables);
            }

            tables.Single().Write(config.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes one kind's records; returns how many.</summary>
    public static int WriteKind(TextWriter writer, RecordKind kind, bool jsonLines)
    {
        var records = Dataset.Current.All.Where(record => record.Kind == kind);
        return jsonLines ? JsonLinesExporter.Write(writer, records) : CsvExporter.Write(writer, kind, records);
    }

    public static string FileName(RecordKind kind, bool jsonLines) => KindNames.PluralOf(kind) + Extension(jsonLines);

    /// <summary>Writes the event rows; returns how many.</summary>
    public static int WriteEventRows(TextWriter writer, bool jsonLines) => EventRowExporter.Write(writer, Dataset.Current.ToEventRows(), jsonLines);

    private static string Extension(bool jsonLines) => jsonLines ? ".jsonl" : ".csv";

    /// <summary>What <c>--kind</c> names: one table, or every kind's and then the event rows.</summary>
    private static IReadOnlyList<Table> Tables(string chosen, bool jsonLines)
    {
        var eventRows = new Table(EventRowExporter.Name + Extension(jsonLines), "rows", writer => WriteEventRows(writer, jsonLines));
        if (chosen == EventRowExporter.Name)
        {
            return [eventRows];
        }

        var kinds = chosen == AllKinds ? RecordFields.Kinds : [KindNames.FromPlural(chosen)!.Value];
        var tables = kinds.Select(kind => new Table(FileName(kind, jsonLines), "records", writer => WriteKind(writer, kind, jsonLines))).ToList();
        if (chosen == AllKinds)
        {
            tables.Add(eventRows);
        }

        return tables;
    }

    private static int WriteFiles(TextWriter output, TextWriter error, string folder, IReadOnlyList<Table> tables)
    {
        var path = folder;
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var table in tables)
            {
                path = Path.Combine(folder, table.FileName);
                int count;
                using (var writer = new StreamWriter(path, append: false, Utf8WithoutBom))
                {
                    count = table.Write(writer);
                }

                output.WriteLine($"{Path.GetFileName(path),-20} {count,5} {table.Unit}");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Could not write {path}: {exception.Message}");
            return ExitCodes.NoResult;
        }

        output.WriteLine($"Wrote {tables.Count} file{(tables.Count == 1 ? "" : "s")} to {Path.GetFullPath(folder)}");
        return ExitCodes.Success;
    }

    /// <summary>One file of the export: its name, what its lines count (records or rows), and how to write it.</summary>
    private sealed record Table(string FileName, string Unit, Func<TextWriter, int> Write);
}
