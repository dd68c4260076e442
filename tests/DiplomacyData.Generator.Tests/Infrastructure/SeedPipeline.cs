using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Checking;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.Generator.Tests.Infrastructure;

/// <summary>What the generator's stages produced: their diagnostics, the linked model, and the files emitted.</summary>
internal sealed record PipelineOutcome(IReadOnlyList<SeedDiagnostic> Diagnostics, DatasetModel? Model, IReadOnlyList<(string Name, string Text)> Sources)
{
    public bool HasErrors => Diagnostics.Any(d => d.Descriptor.Severity == SeedSeverity.Error);
}

/// <summary>
/// Runs the generator's own stages as SeedGenerator wires them (parse each seed file and link, through
/// the seed compiler's SeedCheck as the explorer's validate does; then emit), but without Roslyn's
/// driver, a compilation, or the generator's exception guards: an exception escapes to the test, where
/// SeedGenerator would have turned it into DD0019. That makes one run cost milliseconds, so a fuzz test
/// can afford thousands.
/// </summary>
internal static class SeedPipeline
{
    /// <summary>The seed files and source texts the library's build compiles from a seeds folder.</summary>
    public static IReadOnlyList<SeedInput> Read(string seedsDirectory) => SeedFolder.Read(seedsDirectory);

    /// <summary>Parses one seed file exactly as the generator's per-file step does.</summary>
    public static SeedFile Parse(SeedInput input) => SeedCheck.Parse(input);

    /// <summary>
    /// Runs every stage. <paramref name="parsed"/> may supply the parse of files known to be
    /// unchanged (the generator caches those per file too); the rest are parsed here.
    /// </summary>
    public static PipelineOutcome Run(IReadOnlyList<SeedInput> inputs, Func<SeedInput, SeedFile?>? parsed = null)
    {
        var checkedSeeds = SeedCheck.Run(inputs, GeneratorHarness.ReleaseVersion, parsed);
        var sources = checkedSeeds.Model is null ? Array.Empty<(string, string)>() : SeedGenerator.EmitSources(checkedSeeds.Model);
        return new PipelineOutcome(checkedSeeds.Diagnostics, checkedSeeds.Model, sources);
    }
}
