using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DiplomacyData.Generator.Tests.Infrastructure;
using DiplomacyData.Synthetic;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// The generator over 10,000 synthetic events (the benchmarks' generator; 1,000 times the fixture):
/// the seeds compile without a DD error or warning, and the library built from them has no huge method.
/// The 100,000-event measurements live in tests/DiplomacyData.Benchmarks; this keeps the shape honest in every test run.
/// </summary>
public sealed class ScaleTests
{
    /// <summary>
    /// The largest IL body allowed in the library built from 10,000 events. The hand-written library's
    /// biggest method is well under 1 KiB, and the generated ones do not grow with the data (data lives in
    /// string literals, packed or UTF-8, one property or method per 64 KiB chunk; a chunk switch grows by about 10 bytes per chunk).
    /// An emitter that writes one statement per record would pass 100 KiB here.
    /// </summary>
    private const int MaxMethodBodyBytes = 4096;

    private readonly ITestOutputHelper _output;

    public ScaleTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Ten_thousand_synthetic_events_compile_into_a_library_without_huge_methods()
    {
        var clock = Stopwatch.StartNew();
        var seeds = Path.Combine(Path.GetTempPath(), "synthetic-seeds");
        var texts = SyntheticDataset.Generate(10_000)
            .Select(file => (AdditionalText)new InMemoryAdditionalText(Path.Combine(seeds, file.RelativePath), file.Text))
            .ToImmutableArray();
        _output.WriteLine($"seeds: {clock.ElapsedMilliseconds} ms");

        clock.Restart();
        var driver = GeneratorHarness.CreateDriver(texts, seeds).RunGeneratorsAndUpdateCompilation(GeneratorHarness.LibraryCompilation(), out var library, out var diagnostics);
        _output.WriteLine($"generator: {clock.ElapsedMilliseconds} ms");
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        foreach (var tree in driver.GetRunResult().GeneratedTrees)
        {
            _output.WriteLine($"{Path.GetFileName(tree.FilePath)}: {tree.Length / 1024} KiB");
        }

        Assert.Contains(driver.GetRunResult().GeneratedTrees, tree => tree.FilePath.EndsWith("DatasetRecords.g.cs", StringComparison.Ordinal));

        clock.Restart();
        using var assembly = new MemoryStream();
        var emitted = library.Emit(assembly);
        _output.WriteLine($"compile: {clock.ElapsedMilliseconds} ms, {assembly.Length / 1024} KiB");
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));

        var (method, size) = LargestMethodBody(assembly);
        _output.WriteLine($"largest method: {method}, {size} bytes of IL");
        Assert.True(size <= MaxMethodBodyBytes, $"{method} has {size} bytes of IL, more than {MaxMethodBodyBytes}");

        // A dataset this large has its decoding path compiled optimized from the first call (DecodeOptimization);
        // the real seeds' library leaves it to the runtime's tiers (DiplomacyData.Tests' DecodeOptimizationTests).
        foreach (var decoding in new[] { "RecordStore.Read", "DatasetDecoder.ReadEvent", "EventFields.At", "DatasetBlob.Records" })
        {
            Assert.True(ImplAttributesOf(assembly, decoding).HasFlag(MethodImplAttributes.AggressiveOptimization), $"{decoding} is not compiled optimized from its first call");
        }
    }

    private static MethodImplAttributes ImplAttributesOf(MemoryStream assembly, string typeDotMethod)
    {
        assembly.Position = 0;
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        var metadata = pe.GetMetadataReader();
        return metadata.MethodDefinitions
            .Select(handle => metadata.GetMethodDefinition(handle))
            .Single(definition => metadata.GetString(metadata.GetTypeDefinition(definition.GetDeclaringType()).Name) + "." + metadata.GetString(definition.Name) == typeDotMethod)
            .ImplAttributes;
    }

    private static (string Method, int Size) LargestMethodBody(MemoryStream assembly)
    {
        assembly.Position = 0;
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        var metadata = pe.GetMetadataReader();
        return metadata.MethodDefinitions
            .Select(handle => metadata.GetMethodDefinition(handle))
            .Where(definition => definition.RelativeVirtualAddress != 0)
            .Select(definition => (
                Method: metadata.GetString(metadata.GetTypeDefinition(definition.GetDeclaringType()).Name) + "." + metadata.GetString(definition.Name),
                Size: pe.GetMethodBody(definition.RelativeVirtualAddress).Size))
            .OrderByDescending(m => m.Size)
            .First();
    }
}
