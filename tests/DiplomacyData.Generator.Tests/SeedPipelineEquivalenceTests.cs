using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// The diagnostics tests drive the generator's stages without Roslyn's driver (GeneratorHarness.DiagnoseFixture),
/// to stay fast. This checks, on a spread of broken seeds, that the driver reports exactly what they see:
/// the same ids, locations and messages.
/// </summary>
public sealed class SeedPipelineEquivalenceTests
{
    public static TheoryData<string> Edits() => new()
    {
        "unchanged",
        "truncated",
        "not-an-object",
        "unknown-property",
        "quote-not-in-source",
        "sentence-left-uncited",
        "colliding-handle-names",
        "impossible-date",
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void The_driver_reports_what_the_stages_report(string edit)
    {
        var change = Edit(edit);

        var withoutDriver = Describe(GeneratorHarness.DiagnoseFixture(change));
        var withDriver = Describe(GeneratorHarness.DiagnoseFixtureWithTheDriver(change));

        Assert.Equal(withDriver, withoutDriver);
        if (edit != "unchanged")
        {
            Assert.Contains(withDriver, d => d.StartsWith("DD", StringComparison.Ordinal) && !d.StartsWith("DD0022", StringComparison.Ordinal));
        }
    }

    private static Func<string, string> Edit(string name) => name switch
    {
        "unchanged" => json => json,
        "truncated" => json => json[..(json.Length / 2)],
        "not-an-object" => _ => "[]",
        "unknown-property" => json => json.Replace("\"nationality\": \"italy\"", "\"nationalty\": \"italy\"", StringComparison.Ordinal),
        "quote-not-in-source" => json => json.Replace("Both sides signed a memorandum on training.", "Both sides signed a treaty on training.", StringComparison.Ordinal),
        "sentence-left-uncited" => json => json.Replace("\"quote\": \"An unrelated sentence about another country.\"", "\"quote\": \"An unrelated\"", StringComparison.Ordinal),
        "colliding-handle-names" => json => json.Replace("{ \"id\": \"tran-van-binh\",", "{ \"id\": \"anna-rossi-2\", \"name\": \"X\" }, { \"id\": \"anna-rossi2\",", StringComparison.Ordinal),
        "impossible-date" => json => json.Replace("\"date\": \"2024-05-05\"", "\"date\": \"2024-02-30\"", StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such edit"),
    };

    private static IReadOnlyList<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan()} {d.GetMessage(CultureInfo.InvariantCulture)}").OrderBy(text => text, StringComparer.Ordinal).ToList();
}
