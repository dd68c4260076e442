using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// Two builds of the library from the same real seeds, each with a fresh generator driver and a
/// fresh compilation, give the same generated sources and the same assembly, byte for byte; so does
/// a build that receives the seed files in the opposite order with CRLF line endings.
/// </summary>
/// <remarks>
/// Within one process this catches anything that depends on timing, object identity or the order
/// files arrive in. What could differ only between processes (a randomized string hash deciding an
/// order) is caught by the snapshot tests, which compare with text a different process approved.
/// </remarks>
public sealed class ReproducibleBuildTests
{
    private static readonly Lazy<IReadOnlyList<Build>> Builds = new(() => new[]
    {
        Build.From(GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory)),
        Build.From(GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory)),
        Build.From(GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory)
            .Reverse()
            .Select(text => (AdditionalText)new InMemoryAdditionalText(text.Path, text.GetText()!.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)))),
    });

    [Fact]
    public void Every_build_compiles_without_errors_or_warnings()
    {
        Assert.All(Builds.Value, build => Assert.Empty(build.Outcome.ErrorsAndWarnings.Select(d => d.ToString())));
    }

    [Fact]
    public void Every_build_generates_the_same_sources()
    {
        var first = Builds.Value[0].Sources;
        Assert.True(first.Count >= 10, $"Only {first.Count} sources were generated");
        Assert.All(Builds.Value.Skip(1), build => Assert.Equal(first, build.Sources));
    }

    [Fact]
    public void Every_build_emits_the_same_assembly_and_documentation()
    {
        var first = Builds.Value[0].Library;
        Assert.All(Builds.Value.Skip(1), build =>
        {
            Assert.True(first.Assembly.AsSpan().SequenceEqual(build.Library.Assembly), "The assembly bytes differ");
            Assert.Equal(first.Documentation, build.Library.Documentation);
        });
    }

    private sealed record Build(GeneratorOutcome Outcome, IReadOnlyList<(string HintName, string Text)> Sources, CompiledLibrary Library)
    {
        public static Build From(IEnumerable<AdditionalText> seeds)
        {
            var outcome = GeneratorHarness.Run(seeds, GeneratorHarness.RealSeedsDirectory);
            var sources = outcome.Result.Results.Single().GeneratedSources
                .Select(s => (s.HintName, s.SourceText.ToString()))
                .OrderBy(s => s.HintName, StringComparer.Ordinal)
                .ToList();
            return new Build(outcome, sources, CompiledLibrary.Emit(outcome.Output));
        }
    }
}
