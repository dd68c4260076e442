using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// Broken seed files end in located errors, never in a generator crash (DD0019, CS8785). The broken-file
/// cases run the generator's stages without Roslyn's driver (GeneratorHarness.DiagnoseFixture), where a
/// crash is an exception that fails the test outright.
/// </summary>
public sealed class GeneratorRobustnessTests
{
    public static TheoryData<int> CutPoints()
    {
        var data = new TheoryData<int>();
        for (var cut = 0; cut < Fixture().Length; cut += Fixture().Length / 60)
        {
            data.Add(cut);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CutPoints))]
    public void A_truncated_seed_file_is_a_located_error(int cut)
    {
        var diagnostics = Run(Fixture()[..cut]);
        Assert.DoesNotContain(diagnostics, d => d.Id is "DD0019" or "CS8785");
        var error = Assert.Single(diagnostics, d => d.Id == "DD0001");
        Assert.EndsWith("fixture.json", error.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_bytes_in_a_seed_file_are_an_error_not_a_crash(int seed)
    {
        var random = new Random(seed);
        var text = Fixture().ToCharArray();
        for (var i = 0; i < 20; i++)
        {
            text[random.Next(text.Length)] = (char)random.Next(0, 0x3000);
        }

        var diagnostics = Run(new string(text));
        Assert.DoesNotContain(diagnostics, d => d.Id is "DD0019" or "CS8785");
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id == "DD0011");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{ \"people\": {} }")]
    [InlineData("{ \"people\": [ 1, \"x\", null, [] ] }")]
    [InlineData("{ \"events\": [ { \"id\": 5 } ] }")]
    [InlineData("{ \"people\": [ { \"id\": \"x\", \"name\": \"\\ud800\" } ] }")]
    public void Wrongly_shaped_seed_files_are_errors_not_crashes(string json)
    {
        var diagnostics = Run(json);
        Assert.DoesNotContain(diagnostics, d => d.Id is "DD0019" or "CS8785");
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location != Location.None);
    }

    /// <summary>
    /// Found by the fuzz test: a handle named "Dataset" captured the simple name every handle's body
    /// used to reach the data, so the id "dataset" compiled to CS1061 errors in a seed set the
    /// generator had accepted. The record also gets more quotes than the docs show, so that the
    /// "and N more" cross-reference is generated next to the awkward name.
    /// </summary>
    [Theory]
    [InlineData("dataset")]
    [InlineData("current")]
    [InlineData("record")]
    [InlineData("global")]
    [InlineData("record-at")]
    [InlineData("person")]
    public void Ids_named_like_what_the_generated_code_uses_still_compile(string id)
    {
        const string Evidence = "{ \"source\": \"sample-article\", \"quote\": \"Minister Anna Rossi of Italy\" }";
        var outcome = GeneratorHarness.Run(
            GeneratorHarness.ReadSeeds(GeneratorHarness.FixtureSeedsDirectory).Select(text => text.Path.EndsWith("fixture.json", StringComparison.Ordinal)
                ? new InMemoryAdditionalText(text.Path, text.GetText()!.ToString()
                    .Replace("\"anna-rossi\"", $"\"{id}\"", StringComparison.Ordinal)
                    .Replace($"[ {Evidence} ]", $"[ {Evidence}, {Evidence}, {Evidence}, {Evidence} ]", StringComparison.Ordinal))
                : text),
            GeneratorHarness.FixtureSeedsDirectory);

        Assert.Contains("and 1 more", outcome.Generated("Handles.People.g.cs"));
        Assert.Empty(outcome.ErrorsAndWarnings.Select(d => d.ToString()));
    }

    private static string Fixture() => GeneratorHarness.FixtureText();

    private static IReadOnlyList<Diagnostic> Run(string fixtureText) => GeneratorHarness.DiagnoseFixture(_ => fixtureText);
}
