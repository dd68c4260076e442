using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generator.Tests.Infrastructure;

/// <summary>One seed or source file as the generator receives it: its path, its seed-relative path, its text.</summary>
internal sealed record SeedInput(string Path, string RelativePath, string Text)
{
    public bool IsSeedFile => RelativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public bool IsSourceText => RelativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What the generator's stages produced: their diagnostics, the linked model, and the files emitted.</summary>
internal sealed record PipelineOutcome(IReadOnlyList<SeedDiagnostic> Diagnostics, DatasetModel? Model, IReadOnlyList<(string Name, string Text)> Sources)
{
    public bool HasErrors => Diagnostics.Any(d => d.Descriptor.Severity == SeedSeverity.Error);
}

/// <summary>
/// Runs the generator's own stages (parse each seed file, link, emit) as SeedGenerator wires them,
/// but without Roslyn's driver, a compilation, or the generator's exception guards: an exception
/// escapes to the test, where SeedGenerator would have turned it into DD0019. That makes one run
/// cost milliseconds, so a fuzz test can afford thousands.
/// </summary>
internal static class SeedPipeline
{
    public static IReadOnlyList<SeedInput> Read(string seedsDirectory)
    {
        var settings = new GeneratorSettings(seedsDirectory, GeneratorHarness.ReleaseVersion);
        return GeneratorHarness.ReadSeeds(seedsDirectory)
            .Select(text => new SeedInput(text.Path, settings.RelativePath(text.Path)!, text.GetText()!.ToString()))
            .ToList();
    }

    /// <summary>Parses one seed file exactly as the generator's per-file step does.</summary>
    public static SeedFile Parse(SeedInput input) => SeedFileParser.Parse(input.Path, input.RelativePath, input.Text);

    /// <summary>
    /// Runs every stage. <paramref name="parsed"/> may supply the parse of files known to be
    /// unchanged (the generator caches those per file too); the rest are parsed here.
    /// </summary>
    public static PipelineOutcome Run(IReadOnlyList<SeedInput> inputs, Func<SeedInput, SeedFile?>? parsed = null)
    {
        var files = inputs.Where(i => i.IsSeedFile).Select(i => parsed?.Invoke(i) ?? Parse(i)).ToList();
        var documents = inputs.Where(i => i.IsSourceText).Select(i => SeedGenerator.ReadDocument(i.Path, i.RelativePath, i.Text)).ToList();
        var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
        var linked = DatasetLinker.Link(files, documents, GeneratorHarness.ReleaseVersion);
        diagnostics.AddRange(linked.Diagnostics);
        var sources = linked.Model is null ? Array.Empty<(string, string)>() : SeedGenerator.EmitSources(linked.Model);
        return new PipelineOutcome(diagnostics, linked.Model, sources);
    }
}
