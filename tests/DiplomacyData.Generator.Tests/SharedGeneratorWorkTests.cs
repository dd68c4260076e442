using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// Two compilations in one process (the build server compiling the netstandard2.0 and net8.0 builds side by
/// side) that read the same seed files share the generator's parses, link and emitted sources, and each still
/// gets the full output and its own diagnostics; a file with other content is parsed and linked afresh.
/// </summary>
public sealed class SharedGeneratorWorkTests
{
    [Fact]
    public void A_second_compilation_of_the_same_seeds_gets_the_first_ones_parses_and_model_and_the_same_sources()
    {
        var first = Run(GeneratorHarness.ReadSeeds(GeneratorHarness.FixtureSeedsDirectory));
        var second = Run(GeneratorHarness.ReadSeeds(GeneratorHarness.FixtureSeedsDirectory));

        Assert.Same(Model(first), Model(second));
        Assert.All(ParsedSeeds(first).Zip(ParsedSeeds(second), (a, b) => (a, b)), pair => Assert.Same(pair.a, pair.b));
        Assert.Equal(Sources(first), Sources(second));
        Assert.True(Sources(first).Count >= 10);
        GC.KeepAlive(first);
    }

    [Fact]
    public void Two_compilations_running_at_once_give_the_same_sources_as_each_other()
    {
        var texts = new[] { GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory), GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory) };
        using var start = new Barrier(2);
        var results = new GeneratorRunResult[2];
        var threads = Enumerable.Range(0, 2).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = Run(texts[i], GeneratorHarness.RealSeedsDirectory);
        })).ToArray();
        Array.ForEach(threads, thread => thread.Start());
        Array.ForEach(threads, thread => thread.Join());

        Assert.Same(Model(results[0]), Model(results[1]));
        Assert.Equal(Sources(results[0]), Sources(results[1]));
    }

    [Fact]
    public void A_seed_file_with_other_content_is_parsed_and_linked_afresh_and_the_others_are_shared()
    {
        var seeds = GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory);
        var edited = seeds.Select(text => text.Path.EndsWith("000.json", StringComparison.Ordinal)
            ? new InMemoryAdditionalText(text.Path, text.GetText()!.ToString().Replace("\"summary\": \"", "\"summary\": \"Edited. ", StringComparison.Ordinal))
            : new InMemoryAdditionalText(text.Path, text.GetText()!.ToString())).ToImmutableArray<AdditionalText>();

        var first = Run(seeds, GeneratorHarness.RealSeedsDirectory);
        var second = Run(edited, GeneratorHarness.RealSeedsDirectory);

        Assert.NotSame(Model(first), Model(second));
        Assert.NotEqual(Sources(first), Sources(second));
        var pairs = ParsedSeeds(first).Zip(ParsedSeeds(second), (a, b) => (a, b)).ToList();
        Assert.Single(pairs, pair => !ReferenceEquals(pair.a, pair.b));
        GC.KeepAlive(first);
    }

    [Fact]
    public void Each_compilation_reports_the_seed_diagnostics_itself()
    {
        var broken = GeneratorHarness.ReadSeeds(GeneratorHarness.FixtureSeedsDirectory)
            .Select(text => text.Path.EndsWith("fixture.json", StringComparison.Ordinal)
                ? new InMemoryAdditionalText(text.Path, text.GetText()!.ToString().Replace("\"kind\": \"meeting\"", "\"kind\": \"no-such-kind\"", StringComparison.Ordinal))
                : text)
            .ToImmutableArray<AdditionalText>();

        var first = GeneratorHarness.Run(broken, GeneratorHarness.FixtureSeedsDirectory);
        var second = GeneratorHarness.Run(broken, GeneratorHarness.FixtureSeedsDirectory);

        Assert.NotEmpty(first.GeneratorDiagnostics);
        Assert.Equal(first.GeneratorDiagnostics.Select(d => d.ToString()), second.GeneratorDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_cancelled_compilation_leaves_nothing_behind_that_a_later_one_would_join()
    {
        // Content no other test reads, so that nothing else in this process can have read it first.
        var seeds = GeneratorHarness.ReadSeeds(GeneratorHarness.FixtureSeedsDirectory)
            .Select(text => (AdditionalText)new InMemoryAdditionalText(text.Path, text.GetText()!.ToString() + "\n"))
            .ToImmutableArray();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => GeneratorHarness.CreateDriver(seeds, GeneratorHarness.FixtureSeedsDirectory).RunGenerators(GeneratorHarness.LibraryCompilation(), cancelled.Token));

        var after = Run(seeds);
        Assert.NotNull(Model(after));
        Assert.DoesNotContain(after.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(Sources(Run(GeneratorHarness.ReadSeeds(GeneratorHarness.FixtureSeedsDirectory))).Select(s => s.Name), Sources(after).Select(s => s.Name));
    }

    private static GeneratorRunResult Run(IEnumerable<AdditionalText> seeds, string? seedsDirectory = null) =>
        GeneratorHarness.CreateDriver(seeds, seedsDirectory ?? GeneratorHarness.FixtureSeedsDirectory)
            .RunGenerators(GeneratorHarness.LibraryCompilation())
            .GetRunResult().Results.Single();

    private static object? Model(GeneratorRunResult run) => run.TrackedSteps[nameof(TrackingNames.Model)].Single().Outputs.Single().Value;

    private static IEnumerable<object> ParsedSeeds(GeneratorRunResult run) =>
        ((System.Collections.IEnumerable)run.TrackedSteps[nameof(TrackingNames.ParsedSeeds)].Single().Outputs.Single().Value).Cast<object>();

    private static List<(string Name, string Text)> Sources(GeneratorRunResult run) =>
        run.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
}
