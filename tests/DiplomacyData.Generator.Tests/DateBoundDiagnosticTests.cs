using System;
using System.Linq;
using DiplomacyData.SeedCompiler.Parsing;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>A date object is either inferred or bounded, with bounds in order; each mistake is named where it stands.</summary>
public sealed class DateBoundDiagnosticTests
{
    [Fact]
    public void A_bounded_date_parses_with_its_bounds_reason_and_basis()
    {
        var value = ParseDate("{ \"earliest\": \"2024-07-02\", \"latest\": \"2025\", \"reason\": \"r\", \"basis\": [\"article-000\"] }", out var file);

        Assert.Empty(file.Diagnostics);
        Assert.True(value.IsBoundedDate);
        Assert.False(value.IsInferredDate);
        Assert.Null(value.Text);
        Assert.Equal("2024-07-02", value.Items[2].Text);
        Assert.Equal("2025", value.Items[3].Text);
        Assert.Equal("r", value.Items[0].Text);
    }

    [Fact]
    public void One_bound_is_enough()
    {
        var value = ParseDate("{ \"latest\": \"2025-07-02\", \"reason\": \"r\", \"basis\": [\"article-003\"] }", out var file);

        Assert.Empty(file.Diagnostics);
        Assert.True(value.Items[2].IsAbsent);
        Assert.Equal("2025-07-02", value.Items[3].Text);
    }

    [Theory]
    [InlineData("{ \"inferred\": \"2024\", \"earliest\": \"2024-07-02\", \"reason\": \"r\", \"basis\": [\"article-000\"] }", "DD0009", "either 'inferred' or bounded")]
    [InlineData("{ \"reason\": \"r\", \"basis\": [\"article-000\"] }", "DD0003", "inferred' (or the bounds 'earliest' and 'latest")]
    [InlineData("{ \"earliest\": \"2025\", \"latest\": \"2024-12\", \"reason\": \"r\", \"basis\": [\"article-000\"] }", "DD0009", "'latest' 2024-12 is before 'earliest' 2025")]
    [InlineData("{ \"earliest\": \"2025-02-30\", \"reason\": \"r\", \"basis\": [\"article-000\"] }", "DD0008", "2025-02 has no day 30")]
    public void A_wrong_date_object_is_reported_with_how_to_fix_it(string date, string id, string message)
    {
        var json = Event(date);
        var file = SeedFileParser.Parse("/seeds/articles/x.json", "articles/x.json", json);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(id, diagnostic.Descriptor.Id);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Location!.StartLine); // the line of "date" in Event(), counted from 0
    }

    private static SeedValue ParseDate(string date, out SeedFile file)
    {
        file = SeedFileParser.Parse("/seeds/articles/x.json", "articles/x.json", Event(date));
        var record = Assert.Single(file.Records);
        return record["date"];
    }

    private static string Event(string date) =>
        "{\n  \"events\": [\n    { \"id\": \"e\", \"kind\": \"meeting\", \"title\": \"T\", \"status\": \"held\",\n      \"date\": " + date + ",\n      \"evidence\": [ { \"source\": \"article-000\", \"quote\": \"q\" } ] }\n  ]\n}\n";
}
