using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Checking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.Generator.Tests.Infrastructure;

namespace DiplomacyData.Generator.Tests.Fuzzing;

/// <summary>
/// The repository's real seed set, read once, with each file's parse kept: a mutated seed set
/// re-parses only the files its mutations touched, as the generator's per-file cache would.
/// </summary>
internal sealed class SeedCorpus
{
    private static readonly Lazy<SeedCorpus> RealSeeds = new(() => new SeedCorpus(SeedPipeline.Read(GeneratorHarness.RealSeedsDirectory)));

    private readonly Dictionary<SeedInput, SeedFile> _parsed;

    private SeedCorpus(IReadOnlyList<SeedInput> inputs)
    {
        Inputs = inputs;
        _parsed = new Dictionary<SeedInput, SeedFile>(ReferenceEqualityComparer.Instance);
        foreach (var input in inputs.Where(i => i.IsSeedFile))
        {
            _parsed.Add(input, SeedPipeline.Parse(input));
        }

        Ids = new IdCatalog(_parsed.Values.SelectMany(f => f.Records));
    }

    public static SeedCorpus Real => RealSeeds.Value;

    /// <summary>Every seed file and source text, in path order.</summary>
    public IReadOnlyList<SeedInput> Inputs { get; }

    /// <summary>Every record id in the seeds.</summary>
    public IdCatalog Ids { get; }

    /// <summary>The seed set with the mutations applied; untouched files are the corpus's own objects.</summary>
    public IReadOnlyList<SeedInput> Mutate(IEnumerable<SeedMutation> mutations) => SeedMutator.Apply(Inputs, Ids, mutations);

    /// <summary>Runs the generator's stages over a (mutated) seed set, reusing the parse of untouched files.</summary>
    public PipelineOutcome Run(IReadOnlyList<SeedInput> inputs) =>
        SeedPipeline.Run(inputs, input => _parsed.TryGetValue(input, out var file) ? file : null);
}
