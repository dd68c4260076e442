using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DiplomacyData.Explorer.Export;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class ExportCsvTests : TemporaryFolder
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void A_field_with_comma_quote_and_line_breaks_round_trips()
    {
        string[] fields = ["plain", "a, b", "she said \"yes\"", "two\nlines", "crlf\r\ninside", "", "\"", "Việt Nam – “quoted”, again"];
        using var writer = new StringWriter();

        Csv.WriteRow(writer, fields);
        Csv.WriteRow(writer, fields.Reverse());

        var rows = Rfc4180Parser.Parse(writer.ToString());
        Assert.Equal(2, rows.Count);
        Assert.Equal(fields, rows[0]);
        Assert.Equal(fields.Reverse(), rows[1]);
        Assert.StartsWith("plain,\"a, b\",\"she said \"\"yes\"\"\",", writer.ToString());
    }

    [Fact]
    public void List_items_holding_the_separator_are_escaped_and_split_back()
    {
        string[] items = ["plain", "semi;colon", @"back\slash", @"both\;", ""];

        var cell = CsvExporter.JoinItems(items);

        Assert.Equal(@"plain;semi\;colon;back\\slash;both\\\;;", cell);
        Assert.Equal(items, SplitItems(cell));
    }

    [Fact]
    public void Every_kind_round_trips_with_one_row_per_record()
    {
        var result = Explorer.Run("export", "--format", "csv", "--kind", "all", "--output", Folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var quotesWithCommas = 0;
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            var records = Data.All.Where(r => r.Kind == kind).ToArray();
            var path = Path.Combine(Folder, KindNames.PluralOf(kind) + ".csv");
            var bytes = File.ReadAllBytes(path);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark: pandas and DuckDB would read it into the first column name");
            var rows = Rfc4180Parser.Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
            var header = rows[0];

            Assert.Equal(["id", "kind"], header[..2]);
            Assert.Equal(header.Length, header.Distinct().Count());
            Assert.Equal(Data.Info.Counts[kind], rows.Count - 1);
            Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
            Assert.Equal(records.Select(r => r.Id), rows.Skip(1).Select(row => row[0]));
            Assert.Contains($"{KindNames.PluralOf(kind)}.csv", result.Output);

            for (var i = 0; i < records.Length; i++)
            {
                var row = header.Zip(rows[i + 1]).ToDictionary(pair => pair.First, pair => pair.Second);
                if (row.TryGetValue("evidence_quote", out var quotes))
                {
                    Assert.Equal(records[i].Evidence.Select(e => e.Quote), SplitItems(quotes));
                    Assert.Equal(records[i].Evidence.Select(e => e.Source.Id), SplitItems(row["evidence_source"]));
                    quotesWithCommas += records[i].Evidence.Count(e => e.Quote.Contains(','));
                }

                AssertKindSpecificCells(records[i], row);
            }
        }

        Assert.True(quotesWithCommas > 0, "the real data has quotes with commas, and they survived");
    }

    [Fact]
    public void One_kind_without_aFolder_goes_to_standard_output()
    {
        var result = Explorer.Run("export", "--kind", "countries");

        var rows = Rfc4180Parser.Parse(result.Output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Data.Countries.Count + 1, rows.Count);
        Assert.Contains(rows, row => row.Contains("Việt Nam"));
    }

    [Fact]
    public void AFolder_that_cannot_be_made_is_exit_code_1_with_the_reason()
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, "a-file");
        File.WriteAllText(file, "");

        var result = Explorer.Run("export", "--output", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Could not write {file}", result.Error);
    }

    /// <summary>The event rows: GDELT-style columns, a year-only date as "2023" with its precision, one row per <see cref="Dataset.ToEventRows"/> row.</summary>
    [Fact]
    public void Event_rows_are_written_with_dates_at_their_precision()
    {
        var result = Explorer.Run("export", "--kind", "event-rows");

        Assert.Equal(0, result.ExitCode);
        var rows = Rfc4180Parser.Parse(result.Output);
        Assert.Equal(
            ["date", "date_precision", "date_not_before", "date_not_after", "source_actor", "source_country_iso3", "target_actor", "target_country_iso3", "code_system", "code", "plover_mode", "event", "actors_note", "evidence_sources"],
            rows[0]);
        var expected = Data.ToEventRows();
        Assert.Equal(expected.Count, rows.Count - 1);
        var cells = rows.Skip(1).Select(row => rows[0].Zip(row).ToDictionary(pair => pair.First, pair => pair.Second)).ToList();
        Assert.Equal(expected.Select(r => r.Event.Id), cells.Select(c => c["event"]));
        Assert.Equal(expected.Select(r => r.Source?.Id ?? ""), cells.Select(c => c["source_actor"]));
        Assert.Equal(expected.Select(r => r.TargetCountry?.Iso3 ?? ""), cells.Select(c => c["target_country_iso3"]));

        var yearOnly = cells.Where(c => c["event"] == "fontana-visit-vietnam-2023").ToList();
        var bounded = cells.Where(c => c["event"] == "hoang-xuan-chien-visit-italy-2023").ToList();
        Assert.NotEmpty(yearOnly);
        Assert.All(yearOnly, c => Assert.Equal(("2023", "year", ""), (c["date"], c["date_precision"], c["date_not_before"])));
        Assert.NotEmpty(bounded);
        Assert.All(bounded, c => Assert.Equal(("", "2023", "2023-07-03"), (c["date"], c["date_not_before"], c["date_not_after"])));
        Assert.Contains(cells, c => c["code"] == "043" && c["source_actor"] == "italy" && c["target_country_iso3"] == "VNM" && c["code_system"] == "CAMEO");
        Assert.All(cells, c => Assert.Matches(@"^(\d{4}(-\d{2}(-\d{2})?)?)?$", c["date"]));
    }

    [Fact]
    public void Exporting_everything_writes_the_event_rows_beside_the_kinds()
    {
        var result = Explorer.Run("export", "--format", "jsonl", "--output", Folder);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(Folder, "event-rows.jsonl"));
        Assert.Equal(Data.ToEventRows().Count, lines.Length);
        Assert.Matches($@"event-rows\.jsonl +{Data.ToEventRows().Count} rows", result.Output);
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, first.RootElement.GetProperty("evidence_sources").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.RootElement.GetProperty("actors_note").ValueKind);
    }

    private static void AssertKindSpecificCells(Record record, Dictionary<string, string> row)
    {
        switch (record)
        {
            case Event e:
                Assert.Equal(e.Date.IsKnown ? e.Date.ToString() : "", row["date"]);
                Assert.Equal(e.Date.Precision.ToString().ToLowerInvariant(), row["date_precision"]);
                Assert.Equal(e.Participants.Select(p => p.Actor.Id), SplitItems(row["participants_actor"]));
                Assert.Equal(e.Participants.Count, SplitItems(row["participants_role"]).Length);
                Assert.Equal(e.Topics.Select(t => t.Id), SplitItems(row["topics"]));
                Assert.Equal(e.Cameo.Select(c => c.Code), SplitItems(row["cameo_code"]));
                // A code's actors are joined by '|' inside its item: "vietnam|italy;italy". Compared as the cell's text,
                // since one code without actors (an event with an actorsNote) is a single empty item, which splits to none.
                Assert.Equal(string.Join(";", e.Cameo.Select(c => string.Join("|", c.Sources.Select(a => a.Id)))), row["cameo_sources"]);
                Assert.Equal(string.Join(";", e.PloverCodes.Select(p => string.Join("|", p.Targets.Select(a => a.Id)))), row["plover_codes_targets"]);
                break;
            case Entity entity:
                Assert.Equal(entity.Name, row["name"]);
                Assert.Equal(entity.Aliases, SplitItems(row["aliases"]));
                break;
            case Figure figure:
                Assert.Equal(figure.Value, decimal.Parse(row["value"], System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>The inverse of the documented list encoding: split on ';' not escaped by '\', then unescape.</summary>
    private static string[] SplitItems(string cell)
    {
        if (cell.Length == 0)
        {
            return [];
        }

        var items = new List<string>();
        var item = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\')
            {
                item.Append(cell[++i]);
            }
            else if (cell[i] == ';')
            {
                items.Add(item.ToString());
                item.Clear();
            }
            else
            {
                item.Append(cell[i]);
            }
        }

        items.Add(item.ToString());
        return items.ToArray();
    }
}
