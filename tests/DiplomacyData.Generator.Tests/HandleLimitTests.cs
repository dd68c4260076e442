using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// A kind with more records than DiplomacyDataMaxHandlesPerClass gets an empty handle class and one
/// DD0024 note instead of a property per record; the records stay in the dataset, and the library builds.
/// </summary>
public sealed class HandleLimitTests
{
    private static readonly Regex HandleProperty = new(@"^\s*public static \w+ \w+ =>", RegexOptions.Multiline);

    // The real seeds have 48 topics and 22 events, and every other kind fewer than 20.
    private static readonly Lazy<GeneratorOutcome> Limited = new(() => GeneratorHarness.Run(
        GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory),
        GeneratorHarness.RealSeedsDirectory,
        new Dictionary<string, string> { ["DiplomacyDataMaxHandlesPerClass"] = "20" }));

    [Fact]
    public void Kinds_over_the_limit_get_one_located_note_each()
    {
        var notes = Limited.Value.GeneratorDiagnostics.Where(d => d.Id == "DD0024").ToList();

        Assert.Equal(new[] { "Events", "Topics" }, notes.Select(d => Regex.Match(d.GetMessage(), "'(\\w+)'").Groups[1].Value).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(notes, d =>
        {
            Assert.Equal(DiagnosticSeverity.Info, d.Severity);
            Assert.EndsWith(".json", d.Location.GetLineSpan().Path, StringComparison.Ordinal);
            Assert.Contains("Dataset.Current.Find<", d.GetMessage(), StringComparison.Ordinal);
        });
        Assert.Contains(notes, d => d.GetMessage().Contains("'Events' would get 22 typed handles", StringComparison.Ordinal));
    }

    [Fact]
    public void Their_classes_are_emitted_empty_and_the_others_keep_every_handle()
    {
        Assert.Empty(HandleProperty.Matches(Limited.Value.Generated("Handles.Events.g.cs")));
        Assert.Empty(HandleProperty.Matches(Limited.Value.Generated("Handles.Topics.g.cs")));
        Assert.Contains("public static partial class Events", Limited.Value.Generated("Handles.Events.g.cs"), StringComparison.Ordinal);
        Assert.Equal(16, HandleProperty.Matches(Limited.Value.Generated("Handles.People.g.cs")).Count);
    }

    [Fact]
    public void The_library_still_builds_cleanly_and_holds_every_record()
    {
        Assert.Empty(Limited.Value.ErrorsAndWarnings.Select(d => d.ToString()));
        var unlimited = GeneratorHarness.Run(GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory), GeneratorHarness.RealSeedsDirectory);
        Assert.Equal(unlimited.Generated("DatasetRecords.g.cs"), Limited.Value.Generated("DatasetRecords.g.cs"));
        Assert.Equal(unlimited.Generated("DatasetStrings.g.cs"), Limited.Value.Generated("DatasetStrings.g.cs"));
    }

    [Fact]
    public void By_default_a_kind_of_more_than_a_thousand_records_gets_no_handles()
    {
        var outcome = GeneratorHarness.Run(WithBulkTopics(), GeneratorHarness.RealSeedsDirectory);

        Assert.Empty(HandleProperty.Matches(outcome.Generated("Handles.Topics.g.cs")));
        var note = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "DD0024");
        Assert.Contains("'Topics' would get 1,049 typed handles, more than the 1,000", note.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(22, HandleProperty.Matches(outcome.Generated("Handles.Events.g.cs")).Count);
        Assert.Empty(outcome.ErrorsAndWarnings.Select(d => d.ToString()));
    }

    [Fact]
    public void A_class_of_more_than_a_thousand_handles_has_them_undocumented_and_still_builds_cleanly()
    {
        // The limit raised past the documented size: the Topics class passes it, People stays under it.
        var outcome = GeneratorHarness.Run(WithBulkTopics(), GeneratorHarness.RealSeedsDirectory,
            new Dictionary<string, string> { ["DiplomacyDataMaxHandlesPerClass"] = "2000" });

        var topicHandles = outcome.Generated("Handles.Topics.g.cs");
        Assert.Equal(1049, HandleProperty.Matches(topicHandles).Count);
        Assert.Single(Regex.Matches(topicHandles, "/// <summary>")); // the class's, which says why
        Assert.Contains("There are 1,049, more than 1,000", topicHandles, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Phan Van Giang (<c>phan-van-giang</c>).</summary>", outcome.Generated("Handles.People.g.cs"), StringComparison.Ordinal);
        Assert.Empty(outcome.ErrorsAndWarnings.Select(d => d.ToString()));
    }

    [Fact]
    public void Under_the_default_limit_every_kind_has_its_handles()
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory), GeneratorHarness.RealSeedsDirectory);

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "DD0024");
        Assert.Equal(22, HandleProperty.Matches(outcome.Generated("Handles.Events.g.cs")).Count);
        Assert.Equal(48, HandleProperty.Matches(outcome.Generated("Handles.Topics.g.cs")).Count);
    }

    [Theory]
    [InlineData("ten thousand")]
    [InlineData("-5")]
    [InlineData("1e4")]
    public void An_unreadable_limit_is_an_error_that_names_the_property_and_the_default_still_applies(string value)
    {
        var outcome = GeneratorHarness.Run(
            GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory),
            GeneratorHarness.RealSeedsDirectory,
            new Dictionary<string, string> { ["DiplomacyDataMaxHandlesPerClass"] = value });

        var error = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "DD0025");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains($"DiplomacyDataMaxHandlesPerClass is '{value}'", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(22, HandleProperty.Matches(outcome.Generated("Handles.Events.g.cs")).Count);
    }

    [Fact]
    public void A_limit_with_spaces_around_it_is_read()
    {
        var outcome = GeneratorHarness.Run(
            GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory),
            GeneratorHarness.RealSeedsDirectory,
            new Dictionary<string, string> { ["DiplomacyDataMaxHandlesPerClass"] = " 20 " });

        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "DD0025");
        Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "DD0024");
    }

    /// <summary>The real seeds with 1,001 more topics: 1,049 in all, past the default handle limit and the documented size.</summary>
    private static IEnumerable<AdditionalText> WithBulkTopics()
    {
        var topics = string.Join(",\n", Enumerable.Range(1, 1001).Select(i => $"    {{ \"id\": \"bulk-topic-{i}\", \"name\": \"Bulk topic {i}\" }}"));
        var bulk = new InMemoryAdditionalText(System.IO.Path.Combine(GeneratorHarness.RealSeedsDirectory, "taxonomy", "bulk-topics.json"), "{\n  \"topics\": [\n" + topics + "\n  ]\n}\n");
        return GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory).Append(bulk);
    }
}
