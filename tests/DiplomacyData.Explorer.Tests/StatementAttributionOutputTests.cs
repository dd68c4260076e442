using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>How export and show present whose words a statement is, above all when it has no speaker.</summary>
public sealed class StatementAttributionOutputTests
{
    private static readonly Dataset Data = Dataset.Current;

    private static string SeedWord(StatementAttribution attribution) => attribution.ToString().ToLowerInvariant();

    [Fact]
    public void The_csv_export_has_an_attribution_column_after_the_statement_kind_with_each_records_word()
    {
        var rows = Rfc4180Parser.Parse(Explorer.Run("export", "--kind", "statements").Output);
        var header = rows[0].ToList();
        var (id, attribution, speakers) = (header.IndexOf("id"), header.IndexOf("attribution"), header.IndexOf("speakers"));

        Assert.Equal(header.IndexOf("statement_kind") + 1, attribution);
        Assert.Equal(Data.Statements.Count, rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var statement = Data.Find<Statement>(row[id])!;
            Assert.Equal(SeedWord(statement.Attribution), row[attribution]);
            Assert.Equal(statement.Attribution == StatementAttribution.Speakers, row[speakers].Length > 0);
        }

        Assert.Contains(rows, row => row[attribution] == "unattributed");
        Assert.Contains(rows, row => row[attribution] == "outlet");
    }

    [Fact]
    public void The_json_lines_export_gives_an_outlet_statement_its_attribution_and_no_speakers()
    {
        var line = Explorer.Run("export", "--format", "jsonl", "--kind", "statements").Output
            .Split('\n').Single(l => l.Contains("\"id\":\"st-italy-sees-vietnam-critical-node\"", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(line);
        Assert.Equal("outlet", json.RootElement.GetProperty("attribution").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("speakers").GetArrayLength());
    }

    [Fact]
    public void Show_says_an_unattributed_statement_has_no_named_speaker_instead_of_an_empty_speakers_line()
    {
        var output = Explorer.Run("show", "st-unattributed-cultural-heritage-coordination").Output;

        Assert.Contains("  attribution           unattributed (the article does not say who said it)\n", output);
        Assert.DoesNotContain("\n  speakers", output);
    }

    [Fact]
    public void Show_names_the_source_of_an_outlet_statement_and_whether_its_outlet_is_printed()
    {
        var statement = Data.Find<Statement>("st-outlet-fifty-years-friendship-cooperation")!;
        var source = Assert.Single(statement.Evidence).Source;
        var outlet = source.Outlet is null ? $"{source.Id}, outlet not named" : $"{source.Id} by {source.Outlet}";

        var output = Explorer.Run("show", statement.Id).Output;

        Assert.Contains($"  attribution           outlet (the outlet's own words, in {outlet})\n", output);
        Assert.DoesNotContain("\n  speakers", output);
    }

    [Fact]
    public void Show_of_a_statement_by_its_speakers_lists_them()
    {
        var output = Explorer.Run("show", "st-giang-proposes-delegation-exchanges").Output;

        Assert.Contains("  attribution           speakers\n", output);
        Assert.Contains("  speakers              phan-van-giang (Phan Van Giang)\n", output);
    }
}
