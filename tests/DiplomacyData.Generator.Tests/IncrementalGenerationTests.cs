using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>The generator must do no work when only C# changes, and redo the data when a seed changes.</summary>
public sealed class IncrementalGenerationTests
{
    private static readonly string[] TrackedSteps =
    {
        nameof(TrackingNames.Settings), nameof(TrackingNames.SeedFiles), nameof(TrackingNames.ParsedSeeds),
        nameof(TrackingNames.SourceDocuments), nameof(TrackingNames.ReadDocuments),
        nameof(TrackingNames.Link), nameof(TrackingNames.Model), nameof(TrackingNames.LinkDiagnostics),
    };

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var seeds = GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory);
        var compilation = GeneratorHarness.LibraryCompilation();
        var driver = GeneratorHarness.CreateDriver(seeds, GeneratorHarness.RealSeedsDirectory).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Elsewhere { internal static class Unrelated { } }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(TrackedSteps.OrderBy(s => s), first.TrackedSteps.Keys.Where(TrackedSteps.Contains).OrderBy(s => s));
        foreach (var step in TrackedSteps)
        {
            var reasons = second.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason}"));
        }

        AssertHoldsNoRoslynObjects(first);
    }

    [Fact]
    public void Editing_a_seed_reparses_only_that_file_and_relinks()
    {
        var seeds = GeneratorHarness.ReadSeeds(GeneratorHarness.FixtureSeedsDirectory);
        var compilation = GeneratorHarness.LibraryCompilation();
        var driver = GeneratorHarness.CreateDriver(seeds, GeneratorHarness.FixtureSeedsDirectory).RunGenerators(compilation);

        var seedFile = seeds.Single(t => t.Path.EndsWith("fixture.json", StringComparison.Ordinal));
        var changed = new InMemoryAdditionalText(seedFile.Path, seedFile.GetText()!.ToString().Replace("\"name\": \"Training\"", "\"name\": \"Military training\""));
        var result = driver.ReplaceAdditionalText(seedFile, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.SeedFiles].SelectMany(r => r.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.TrackedSteps[TrackingNames.SourceDocuments].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.Model].Single().Outputs.Single().Reason);
        Assert.Contains("Military training", string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString())));
    }

    [Fact]
    public void Editing_one_seed_keeps_the_parse_of_every_other_file()
    {
        var seeds = GeneratorHarness.ReadSeeds(GeneratorHarness.RealSeedsDirectory);
        var compilation = GeneratorHarness.LibraryCompilation();
        var driver = GeneratorHarness.CreateDriver(seeds, GeneratorHarness.RealSeedsDirectory).RunGenerators(compilation);
        var before = ParsedSeeds(driver.GetRunResult().Results.Single());

        var edited = seeds.First(t => t.Path.EndsWith(".json", StringComparison.Ordinal) && !t.Path.Replace('\\', '/').Contains("/schema/", StringComparison.Ordinal));
        var changed = new InMemoryAdditionalText(edited.Path, edited.GetText()!.ToString() + "\n");
        var after = ParsedSeeds(driver.ReplaceAdditionalText(edited, changed).RunGenerators(compilation).GetRunResult().Results.Single());

        // The files are parsed together, on every core, but only the edited one is parsed again: every
        // other file's parse is the very object the first run made.
        Assert.True(before.Count > 1, "the real seeds have more than one JSON file");
        Assert.Equal(before.Select(f => f.RelativePath), after.Select(f => f.RelativePath));
        var editedPath = Path.GetRelativePath(GeneratorHarness.RealSeedsDirectory, edited.Path).Replace('\\', '/');
        foreach (var (old, now) in before.Zip(after))
        {
            Assert.Equal(now.RelativePath != editedPath, ReferenceEquals(old, now));
        }
    }

    private static IReadOnlyList<DiplomacyData.SeedCompiler.Parsing.SeedFile> ParsedSeeds(GeneratorRunResult result) =>
        (DiplomacyData.SeedCompiler.Infrastructure.EquatableArray<DiplomacyData.SeedCompiler.Parsing.SeedFile>)result.TrackedSteps[TrackingNames.ParsedSeeds].Single().Outputs.Single().Value;

    /// <summary>A pipeline model that holds a Compilation, symbol or syntax node keeps the whole compilation alive and defeats caching.</summary>
    private static void AssertHoldsNoRoslynObjects(GeneratorRunResult result)
    {
        foreach (var step in result.TrackedSteps.Values.SelectMany(runs => runs))
        {
            foreach (var (value, _) in step.Outputs)
            {
                Visit(value, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }

        static void Visit(object? node, HashSet<object> seen)
        {
            if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !seen.Add(node))
            {
                return;
            }

            Assert.False(node is Compilation or ISymbol or SyntaxNode, $"A pipeline model holds a {node.GetType().Name}.");
            if (node is AdditionalText or System.Collections.Immutable.ImmutableArray<AdditionalText>)
            {
                return; // the driver's own input, not a model of ours
            }

            if (node is System.Collections.IEnumerable sequence)
            {
                foreach (var item in sequence)
                {
                    Visit(item, seen);
                }

                return;
            }

            if (node.GetType().Namespace?.StartsWith("DiplomacyData", StringComparison.Ordinal) == true || node.GetType().Name.StartsWith("ValueTuple", StringComparison.Ordinal))
            {
                foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                {
                    Visit(field.GetValue(node), seen);
                }
            }
        }
    }
}
