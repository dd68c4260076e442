using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DiplomacyData.Explorer.Export;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class ExportJsonLinesTests : TemporaryFolder
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void Every_line_is_a_JSON_object_with_the_record_id_and_the_same_keys()
    {
        var result = Explorer.Run("export", "--format", "jsonl", "--output", Folder);

        Assert.Equal(0, result.ExitCode);
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            var records = Data.All.Where(r => r.Kind == kind).ToArray();
            var lines = File.ReadAllText(Path.Combine(Folder, KindNames.PluralOf(kind) + ".jsonl")).Split('\n');
            var expectedKeys = RecordFields.DefinitionsOf(kind).Select(d => d.Name).ToArray();

            Assert.Equal("", lines[^1]);
            Assert.Equal(records.Length, lines.Length - 1);
            for (var i = 0; i < records.Length; i++)
            {
                using var json = JsonDocument.Parse(lines[i]);
                var root = json.RootElement;
                Assert.Equal(records[i].Id, root.GetProperty("id").GetString());
                Assert.Equal(expectedKeys, root.EnumerateObject().Select(p => p.Name));
                if (root.TryGetProperty("evidence", out var evidence))
                {
                    Assert.Equal(records[i].Evidence.Select(e => (e.Source.Id, e.Quote)), evidence.EnumerateArray().Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("quote").GetString()!)));
                }
            }
        }
    }

    [Fact]
    public void Nested_values_are_arrays_and_objects_and_numbers_are_numbers()
    {
        var result = Explorer.Run("export", "--format", "jsonl", "--kind", "events");
        var dialogue = Data.Find<Event>("defence-policy-dialogue-4")!;
        var line = result.Output.Split('\n').Single(l => l.Contains("\"id\":\"defence-policy-dialogue-4\"", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("ordinal").ValueKind);
        Assert.Equal(dialogue.Ordinal, root.GetProperty("ordinal").GetInt32());
        Assert.Equal(dialogue.Participants.Select(p => p.Actor.Id), root.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("actor").GetString()));
        Assert.Equal("co-chair", root.GetProperty("participants")[0].GetProperty("role").GetString());
        Assert.Equal(dialogue.Topics.Select(t => t.Id), root.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2023-07-03", root.GetProperty("date").GetString());
        Assert.Equal("day", root.GetProperty("date_precision").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("end_date").ValueKind);
    }

    [Fact]
    public void Figures_values_are_exact_JSON_numbers()
    {
        var lines = Explorer.Run("export", "--format", "jsonl", "--kind", "figures").Output.TrimEnd('\n').Split('\n');

        Assert.Equal(Data.Figures.Count, lines.Length);
        foreach (var (figure, line) in Data.Figures.Zip(lines))
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(figure.Value, json.RootElement.GetProperty("value").GetDecimal());
        }
    }

    [Fact]
    public void Letters_stay_readable_rather_than_escaped()
    {
        var output = Explorer.Run("export", "--format", "jsonl", "--kind", "countries").Output;

        Assert.Contains("\"name\":\"Việt Nam\"", output);
    }
}
