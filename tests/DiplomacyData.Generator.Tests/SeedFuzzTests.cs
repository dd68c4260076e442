using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using DiplomacyData.SeedCompiler.Checking;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.Generator.Tests.Fuzzing;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// Property-based fuzzing of the seed compiler over the repository's real seeds: whatever the
/// mutations do to them, the generator must not throw, every diagnostic must point into a file,
/// and a seed set it accepts without an error must give code that compiles cleanly.
/// </summary>
/// <remarks>
/// The cases are fixed: case <c>n</c> is CsCheck's sample for the seed <c>new PCG(Stream, n)</c>,
/// so every run tests the same ones, and a failure names the seed that replays it. To replay one
/// and let CsCheck shrink it to a minimal case, set <c>DIPLOMACYDATA_FUZZ_SEED</c> to that seed
/// and run this class again. <c>DIPLOMACYDATA_FUZZ_CASES</c> sets how many cases run: by default the
/// first 1,000 (a few seconds, and they already provoke every seed diagnostic) with 5 accepted cases
/// compiled, while CI's <c>.ci/run</c> sets it to 10,000, which also compiles 20.
/// </remarks>
public sealed class SeedFuzzTests
{
    public const string SeedVariable = "DIPLOMACYDATA_FUZZ_SEED";
    public const string CasesVariable = "DIPLOMACYDATA_FUZZ_CASES";

    private const uint Stream = 4;
    /// <summary>The cases a run without <see cref="CasesVariable"/> tests: the first of CI's 10,000, a fixed sample.</summary>
    private const int DefaultCases = 1_000;

    /// <summary>The cases CI runs (<c>.ci/run</c> sets <see cref="CasesVariable"/>); a run this deep also compiles the full sample.</summary>
    private const int CiCases = 10_000;

    /// <summary>How many cases the compiled sample may look through for its distinct accepted ones (it stops far sooner).</summary>
    private const int CompiledSampleSearch = 10_000;

    /// <summary>
    /// Diagnostics no mutation of the real seeds can or should provoke: the compiler's own failure (which
    /// must never happen), typed handles left out (a dataset's size, and the real seeds are far below the
    /// limit), and an unreadable build property (the project file, which the cases do not change).
    /// </summary>
    private static readonly string[] NotProvokedBySeedMutations =
    {
        SeedDiagnostics.InternalError.Id, SeedDiagnostics.HandlesLeftOut.Id, SeedDiagnostics.InvalidBuildProperty.Id,
    };

    /// <summary>
    /// The generated files that hold the data as numbers only (record rows and index tables), so no
    /// seed text can stand in them as code. They are the largest, so the per-case syntax check leaves
    /// them out; the sample compiled with the real driver, and the injection tests, compile them like
    /// every other file. The texts' file (seed text, packed or as UTF-8 literals) is checked in every case.
    /// </summary>
    private static readonly HashSet<string> NumbersOnlyFiles = new(StringComparer.Ordinal) { "DatasetRecords.g.cs", "DatasetIndexes.g.cs" };

    private static readonly PipelineOutcome Unmutated = SeedCorpus.Real.Run(SeedCorpus.Real.Inputs);

    private static readonly HashSet<string> UnmutatedHandles = new(HandleNames(Unmutated), StringComparer.Ordinal);

    /// <summary>Handle names a case has introduced and that have been compiled once (shared by the cases of a run).</summary>
    private static readonly ConcurrentDictionary<string, bool> CompiledHandles = new(StringComparer.Ordinal);

    private readonly ITestOutputHelper _output;

    public SeedFuzzTests(ITestOutputHelper output) => _output = output;

    private static int CaseCount =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultCases;

    /// <summary>
    /// How many accepted cases are compiled with Roslyn (the costly part, half a second each): 20 in a
    /// run as deep as CI's, 5 in the default quick run.
    /// </summary>
    private static int CompiledSampleSize => CaseCount >= CiCases ? 20 : 5;

    [Fact]
    public void The_unmutated_seeds_are_accepted()
    {
        // Every property below is about what mutations do to a dataset that starts out clean.
        Assert.False(Unmutated.HasErrors, string.Join("\n", Unmutated.Diagnostics.Select(d => d.ToDiagnostic())));
        Assert.NotEmpty(UnmutatedHandles);
    }

    [Fact]
    public void Mutated_real_seeds_never_crash_the_generator_and_what_it_accepts_is_valid_code()
    {
        var replay = Environment.GetEnvironmentVariable(SeedVariable);
        if (!string.IsNullOrEmpty(replay))
        {
            SeedMutation.Cases.Sample(mutations => Check(mutations), seed: replay, iter: CaseCount, threads: 1);
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        var failures = new ConcurrentQueue<string>();
        var casesPerDiagnostic = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        int run = 0, accepted = 0;
        Parallel.For(0, CaseCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (n, loop) =>
        {
            try
            {
                SeedMutation.Cases.Sample(
                    mutations =>
                    {
                        Interlocked.Increment(ref run);
                        var outcome = Check(mutations);
                        foreach (var id in outcome.Diagnostics.Select(d => d.Descriptor.Id).Distinct())
                        {
                            casesPerDiagnostic.AddOrUpdate(id, 1, (_, count) => count + 1);
                        }

                        if (!outcome.HasErrors)
                        {
                            Interlocked.Increment(ref accepted);
                        }
                    },
                    seed: SeedOf(n),
                    iter: 1,
                    threads: 1);
            }
            catch (Exception ex)
            {
                failures.Enqueue($"Case {n}: {ex.Message}\n{ex.InnerException}");
                loop.Stop();
            }
        });

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var processorSeconds = (Process.GetCurrentProcess().TotalProcessorTime - processorTime).TotalSeconds;
        _output.WriteLine($"{run} of {CaseCount} cases in {seconds:F1} s ({processorSeconds:F1} s of processor time on {Environment.ProcessorCount} threads); {accepted} accepted without an error; {CompiledHandles.Count} new handle names compiled.");
        _output.WriteLine("Cases reporting each diagnostic: " + string.Join(", ", casesPerDiagnostic.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key} {h.Value}")));
        Assert.True(failures.IsEmpty, $"Replay a case (and let CsCheck shrink it) by setting {SeedVariable} to its seed.\n" + string.Join("\n\n", failures.Take(3)));

        // The default cases must reach every kind of seed mistake and leave enough seed sets valid
        // for the code checks to mean something; a change that made them all fail parsing would not.
        // (A shorter local run may miss the rarer ones.)
        if (CaseCount < DefaultCases)
        {
            return;
        }

        var missed = SeedDiagnostics.All
            .Select(d => d.Id)
            .Where(id => !NotProvokedBySeedMutations.Contains(id) && !casesPerDiagnostic.ContainsKey(id))
            .ToList();
        Assert.True(missed.Count == 0, "No case provoked " + string.Join(", ", missed));
        Assert.True(accepted >= run / 10, $"Only {accepted} of {run} cases were accepted; the code checks need more.");
    }

    [Fact]
    public void Accepted_mutants_compile_cleanly_with_the_real_generator_driver()
    {
        var sample = new List<(int Case, IReadOnlyList<SeedInput> Inputs, PipelineOutcome Outcome)>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; sample.Count < CompiledSampleSize && n < CompiledSampleSearch; n++)
        {
            var inputs = SeedCorpus.Real.Mutate(CaseAt(n));
            var outcome = SeedCorpus.Real.Run(inputs);
            // Accepted cases whose typed handles differ from every case picked so far: renamed ids,
            // other names and quotes in the docs. (Every accepted case changes the data and its hash.)
            if (!outcome.HasErrors && distinct.Add(string.Concat(outcome.Sources.Where(s => s.Name.StartsWith("Handles.", StringComparison.Ordinal)).Select(s => s.Text))))
            {
                sample.Add((n, inputs, outcome));
            }
        }

        Assert.Equal(CompiledSampleSize, sample.Count);
        var problems = sample
            .AsParallel()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(c => CompileWithTheRealDriver(c.Case, c.Inputs, c.Outcome))
            .Where(problem => problem is not null)
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    /// <summary>What is wrong when the real generator driver and compiler handle an accepted case, or null.</summary>
    private static string? CompileWithTheRealDriver(int caseNumber, IReadOnlyList<SeedInput> inputs, PipelineOutcome outcome)
    {
        var real = GeneratorHarness.Run(inputs.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)), GeneratorHarness.RealSeedsDirectory);
        var context = $"Case {caseNumber} (seed {SeedOf(caseNumber)}: {string.Join(", ", CaseAt(caseNumber).AsEnumerable())})";

        // The stages the fuzz test drives are the generator's: the same diagnostics, the same files.
        if (!Describe(outcome.Diagnostics.Select(d => d.ToDiagnostic())).SequenceEqual(Describe(real.GeneratorDiagnostics)))
        {
            return $"{context}: the real driver reports other diagnostics:\n{string.Join("\n", Describe(real.GeneratorDiagnostics))}";
        }

        // The driver adds the outputs that do not depend on the seeds (registered at initialization).
        var generated = real.Result.Results.Single().GeneratedSources.Where(s => outcome.Sources.Any(o => o.Name == s.HintName)).Select(s => (s.HintName, s.SourceText.ToString()));
        if (!outcome.Sources.SequenceEqual(generated))
        {
            return $"{context}: the real driver emits other files";
        }

        var compilerDiagnostics = real.ErrorsAndWarnings.Where(d => !d.Id.StartsWith("DD", StringComparison.Ordinal)).ToList();
        return compilerDiagnostics.Count == 0 ? null : $"{context} compiles with:\n{string.Join("\n", compilerDiagnostics)}";
    }

    /// <summary>One fuzz case through the generator's stages; throws on any broken property.</summary>
    private static PipelineOutcome Check(SeedMutation[] mutations)
    {
        var inputs = SeedCorpus.Real.Mutate(mutations);
        var outcome = SeedCorpus.Real.Run(inputs);

        foreach (var diagnostic in outcome.Diagnostics)
        {
            AssertPointsIntoItsFile(diagnostic, inputs);
        }

        // The generator emits the whole library even over erroneous seeds, so that a build's only
        // errors are the DD ones: a missing file would add a flood of confusing CS errors.
        Assert.Equal(Unmutated.Sources.Select(s => s.Name), outcome.Sources.Select(s => s.Name));
        if (!outcome.HasErrors)
        {
            AssertSeedTextStaysInsideLiteralsAndComments(outcome);
            AssertNewHandleNamesCompile(outcome);
        }

        return outcome;
    }

    private static void AssertPointsIntoItsFile(SeedCompiler.Diagnostics.SeedDiagnostic diagnostic, IReadOnlyList<SeedInput> inputs)
    {
        var message = diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture);
        Assert.False(diagnostic.Descriptor.Id == "DD0019", message);
        Assert.True(diagnostic.Location is not null, $"{diagnostic.Descriptor.Id} has no location: {message}");
        var file = inputs.FirstOrDefault(i => i.Path == diagnostic.Location!.FilePath);
        Assert.True(file is not null, $"{diagnostic.Descriptor.Id} points at {diagnostic.Location!.FilePath}, which is not an input: {message}");
        var location = diagnostic.Location!;
        Assert.True(location.Start >= 0 && location.Start + location.Length <= file!.Text.Length, $"{diagnostic.Descriptor.Id} points at [{location.Start}..{location.Start + location.Length}), outside {file.RelativePath} ({file.Text.Length} characters): {message}");
    }

    /// <summary>
    /// Seed text reaches generated code only in the texts' table (packed, or as UTF-8 literals past the
    /// packing budget), the handle classes and the
    /// release facts, as string literals and doc comments: those files must parse without a
    /// diagnostic, XML doc comments included, whatever the text was. (A file the mutations left as
    /// it was for the unmutated seeds is known to parse.)
    /// </summary>
    private static void AssertSeedTextStaysInsideLiteralsAndComments(PipelineOutcome outcome)
    {
        foreach (var (name, text) in outcome.Sources.Where(s => !NumbersOnlyFiles.Contains(s.Name)).Except(Unmutated.Sources))
        {
            var diagnostics = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions).GetDiagnostics().ToList();
            Assert.True(diagnostics.Count == 0, $"{name} does not parse: {string.Join("; ", diagnostics)}");
        }
    }

    /// <summary>
    /// The one place seed text becomes code is a handle's name. A name no earlier case introduced
    /// is compiled against the library, once per run, so that an id the generator accepts cannot
    /// produce code that does not build.
    /// </summary>
    private static void AssertNewHandleNamesCompile(PipelineOutcome outcome)
    {
        // A name is compiled in the first class it turns up in: a clash with the class's own name is DD0013's.
        var classes = HandleNames(outcome)
            .Where(name => !UnmutatedHandles.Contains(name) && CompiledHandles.TryAdd(name.Substring(name.IndexOf('.') + 1), true))
            .Select(name => name.Substring(0, name.IndexOf('.')))
            .Distinct()
            .ToList();
        if (classes.Count == 0)
        {
            return;
        }

        var trees = outcome.Sources
            .Where(s => classes.Any(c => s.Name == $"Handles.{c}.g.cs"))
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions, s.Name))
            .ToArray();
        var compilation = GeneratorHarness.LibraryCompilation(trees);
        var diagnostics = trees.SelectMany(t => compilation.GetSemanticModel(t).GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(diagnostics.Count == 0, "Handles with new names do not compile: " + string.Join("\n", diagnostics));
    }

    /// <summary>"People.PhanVanGiang" for every record that has a typed handle.</summary>
    private static IEnumerable<string> HandleNames(PipelineOutcome outcome) =>
        outcome.Model!.Records.Where(r => r.HandleName is not null).Select(r => $"{SeedSchema.Kinds[r.KindIndex].HandleClass}.{r.HandleName}");

    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(CultureInfo.InvariantCulture)}").OrderBy(text => text, StringComparer.Ordinal);

    private static SeedMutation[] CaseAt(int caseNumber) => SeedMutation.Cases.Generate(new PCG(Stream, (ulong)caseNumber), null, out _);

    private static string SeedOf(int caseNumber) => new PCG(Stream, (ulong)caseNumber).ToString();
}
