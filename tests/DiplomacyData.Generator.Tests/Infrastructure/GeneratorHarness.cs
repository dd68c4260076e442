using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using DiplomacyData.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the seed generator the way the compiler does for src/DiplomacyData: over the library's
/// hand-written sources, with seed files as AdditionalFiles and the two MSBuild properties set.
/// </summary>
internal static class GeneratorHarness
{
    public const string ReleaseVersion = "1.2.3";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<SyntaxTree>> LibrarySources = new(() =>
    {
        // The library's folder and the table format it shares with the seed compiler, as its project compiles them.
        var library = Path.Combine(Snapshot.RepositoryRoot(), "src", "DiplomacyData");
        var tableFormat = Path.Combine(Snapshot.RepositoryRoot(), "src", "Common", "TableFormat");
        return Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(tableFormat, "*.cs"))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path))
            .ToImmutableArray();
    });

    private static readonly Lazy<ImmutableArray<MetadataReference>> NetStandardReferences = new(() =>
    {
        var folder = typeof(GeneratorHarness).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetStandard20References").Value!;
        return Directory.EnumerateFiles(folder, "*.dll").OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <summary>As the library builds: its project generates an XML documentation file, so doc comments are checked.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static string RealSeedsDirectory => Path.Combine(Snapshot.RepositoryRoot(), "seeds");

    public static string FixtureSeedsDirectory => Path.Combine(Snapshot.RepositoryRoot(), "tests", "DiplomacyData.Generator.Tests", "Fixtures", "seeds");

    /// <summary>The library's own sources, compiled as the generator's host compilation.</summary>
    public static CSharpCompilation LibraryCompilation(params SyntaxTree[] extra) =>
        CSharpCompilation.Create(
            "DiplomacyData",
            LibrarySources.Value.AddRange(extra),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>
    /// The library's own sources and <paramref name="generated"/> compiled as its netstandard2.0 build is:
    /// against the netstandard2.0 reference assemblies, with that build's preprocessor symbols (the
    /// ReadOnlySpan polyfill and the array paths of ChunkedText). The result runs on .NET like any
    /// netstandard2.0 library.
    /// </summary>
    public static CSharpCompilation NetStandardLibraryCompilation(IEnumerable<(string Name, string Text)> generated)
    {
        var options = ParseOptions.WithPreprocessorSymbols("NETSTANDARD", "NETSTANDARD2_0", "NETSTANDARD2_0_OR_GREATER", "NETSTANDARD1_0_OR_GREATER");
        var trees = LibrarySources.Value.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), options, tree.FilePath))
            .Concat(generated.Select(file => CSharpSyntaxTree.ParseText(file.Text, options, file.Name)));
        return CSharpCompilation.Create(
            "DiplomacyData",
            trees,
            NetStandardReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    /// <summary>Every seed JSON file (not the schemas) and every source text under a seeds folder.</summary>
    public static ImmutableArray<AdditionalText> ReadSeeds(string seedsDirectory) =>
        Directory.EnumerateFiles(seedsDirectory, "*.*", SearchOption.AllDirectories)
            .Where(path => (path.EndsWith(".json", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}")) || path.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToImmutableArray();

    /// <param name="texts">The seed files and source texts.</param>
    /// <param name="seedsDirectory">The folder the project's DiplomacyDataSeedsDirectory names.</param>
    /// <param name="moreProperties">Further MSBuild properties by name, as a project would set them.</param>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, string seedsDirectory, IReadOnlyDictionary<string, string>? moreProperties = null)
    {
        var properties = new Dictionary<string, string>
        {
            ["build_property.DiplomacyDataSeedsDirectory"] = seedsDirectory,
            ["build_property.DataReleaseVersion"] = ReleaseVersion,
        };
        foreach (var (name, value) in moreProperties ?? new Dictionary<string, string>())
        {
            properties["build_property." + name] = value;
        }

        return CSharpGeneratorDriver.Create(
            new[] { new SeedGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new GlobalOptionsProvider(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    private static readonly Lazy<ImmutableArray<AdditionalText>> Fixture = new(() => ReadSeeds(FixtureSeedsDirectory));

    /// <summary>The text of the fixture seed file (tests/.../Fixtures/seeds/fixture.json).</summary>
    public static string FixtureText() => FixtureFile().GetText()!.ToString();

    /// <summary>
    /// The generator's diagnostics for the fixture with its seed file edited, as Roslyn reports them,
    /// from the generator's own stages (<see cref="SeedPipeline"/>) without the driver and a compilation
    /// of the library: what they say is the seed compiler's alone, and the driver would add only its
    /// exception guard (an exception escapes here instead). SeedPipelineEquivalenceTests checks that the
    /// driver (<see cref="DiagnoseFixtureWithTheDriver"/>) reports the same.
    /// </summary>
    public static ImmutableArray<Diagnostic> DiagnoseFixture(Func<string, string> edit)
    {
        var inputs = SeedPipeline.Read(FixtureSeedsDirectory);
        var edited = inputs.Select(i => i.Path.EndsWith(FixtureFileName, StringComparison.Ordinal) ? i with { Text = edit(i.Text) } : i).ToList();
        return SeedPipeline.Run(edited).Diagnostics.Select(d => d.ToDiagnostic()).ToImmutableArray();
    }

    /// <summary>
    /// Runs the generator with Roslyn's driver over the fixture with its seed file edited; returns the
    /// generator's diagnostics (the output is not compiled: no generator diagnostic depends on that).
    /// </summary>
    public static ImmutableArray<Diagnostic> DiagnoseFixtureWithTheDriver(Func<string, string> edit)
    {
        var fixture = FixtureFile();
        var texts = Fixture.Value.Select(t => t == fixture ? new InMemoryAdditionalText(t.Path, edit(FixtureText())) : t);
        CreateDriver(texts, FixtureSeedsDirectory).RunGeneratorsAndUpdateCompilation(LibraryCompilation(), out _, out var diagnostics);
        return diagnostics;
    }

    private const string FixtureFileName = "fixture.json";

    private static AdditionalText FixtureFile() => Fixture.Value.Single(t => t.Path.EndsWith(FixtureFileName, StringComparison.Ordinal));

    /// <summary>Runs the generator; returns its result and (compiled when first read) the diagnostics of compiling the output.</summary>
    public static GeneratorOutcome Run(IEnumerable<AdditionalText> texts, string seedsDirectory, IReadOnlyDictionary<string, string>? moreProperties = null)
    {
        var driver = CreateDriver(texts, seedsDirectory, moreProperties).RunGeneratorsAndUpdateCompilation(LibraryCompilation(), out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), generatorDiagnostics, output);
    }
}

internal sealed record GeneratorOutcome(GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> GeneratorDiagnostics, Compilation Output)
{
    // Compiling the output is most of a run's cost, so it happens only for a test that reads the result.
    private readonly Lazy<ImmutableArray<Diagnostic>> _compilationDiagnostics = new(() => Output.GetDiagnostics());

    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics.Value;

    public IEnumerable<Diagnostic> Errors => GeneratorDiagnostics.Concat(CompilationDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> ErrorsAndWarnings => GeneratorDiagnostics.Concat(CompilationDiagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public string Generated(string hintName) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
