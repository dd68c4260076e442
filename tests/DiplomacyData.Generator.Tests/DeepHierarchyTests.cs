using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// A hierarchy thousands of levels deep (each topic the parent of the next) links, orders, emits and
/// compiles: no walk up the chain may recurse or repeat itself per record, or the compiler would
/// overflow its stack or hang. A cycle closed at the bottom of such a chain is still reported once.
/// </summary>
public sealed class DeepHierarchyTests
{
    private const int Depth = 5_000;

    [Fact]
    public void A_five_thousand_level_topic_chain_compiles()
    {
        var (diagnostics, library) = Run(closeCycle: false);

        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        using var assembly = new MemoryStream();
        var emitted = library.Emit(assembly);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }

    [Fact]
    public void A_cycle_through_a_five_thousand_level_chain_is_reported_once()
    {
        var (diagnostics, _) = Run(closeCycle: true);

        var cycle = Assert.Single(diagnostics, d => d.Id == "DD0010");
        Assert.Contains("'topic-0'", cycle.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, Compilation Library) Run(bool closeCycle)
    {
        var json = new StringBuilder("{ \"topics\": [\n");
        for (var i = 0; i < Depth; i++)
        {
            // topic-0 is the root; with closeCycle it hangs below the deepest topic instead.
            var parent = i > 0 ? $"topic-{i - 1}" : closeCycle ? $"topic-{Depth - 1}" : null;
            json.Append($"  {{ \"id\": \"topic-{i}\", \"name\": \"Topic {i}\"")
                .Append(parent is null ? "" : $", \"parent\": \"{parent}\"")
                .Append(i < Depth - 1 ? " },\n" : " }\n");
        }

        json.Append("] }\n");
        var seeds = Path.Combine(Path.GetTempPath(), "deep-hierarchy-seeds");
        var texts = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(Path.Combine(seeds, "taxonomy", "topics.json"), json.ToString()));
        GeneratorHarness.CreateDriver(texts, seeds).RunGeneratorsAndUpdateCompilation(GeneratorHarness.LibraryCompilation(), out var library, out var diagnostics);
        return (diagnostics, library);
    }
}
