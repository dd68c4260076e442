using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DiplomacyData.Generator.Emitting;
using DiplomacyData.Generator.ParallelReads;
using DiplomacyData.Generator.Sharing;
using DiplomacyData.SeedCompiler.Checking;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.SeedCompiler.Tables.Packing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generator;

/// <summary>
/// Compiles the seed files (AdditionalFiles under seeds/) into the DiplomacyData library:
/// each JSON file is parsed on its own (cached per file; the new ones parsed together, on every core), all
/// are linked together with the source texts, and the linked model is emitted as data tables, typed
/// handles and release facts. Compilations in one process (the build server compiling the netstandard2.0
/// and net8.0 builds side by side) share the parses, the link and the emitted sources of identical inputs
/// (see the Sharing folder), so a two-framework build does the generator's work once.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
            output.AddSource("DatasetDecoder.g.cs", SourceText.From(DecoderEmitter.Emit(), System.Text.Encoding.UTF8)));

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ReadSettings(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var inputs = context.AdditionalTextsProvider
            .Combine(settings)
            .Select(static (pair, _) => (pair.Left, RelativePath: pair.Right.RelativePath(pair.Left.Path)))
            .Where(static input => input.RelativePath is not null && !input.RelativePath.StartsWith("schema/", StringComparison.Ordinal));

        // One pending read per file, so an edit reads only its file again; the reads themselves run
        // together, on every core, in the step after (see PendingRead).
        var seedFiles = inputs
            .Where(static input => input.RelativePath!.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select(static (input, _) => new PendingRead<SeedFile>(input.Left, input.RelativePath!, ParseSeedFile))
            .WithTrackingName(TrackingNames.SeedFiles);

        var parsedSeeds = seedFiles.Collect()
            .Select(static (files, token) => PendingRead<SeedFile>.ReadAll(files, token))
            .WithTrackingName(TrackingNames.ParsedSeeds);

        var documents = inputs
            .Where(static input => input.RelativePath!.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Select(static (input, _) => new PendingRead<SourceDocument>(input.Left, input.RelativePath!, ReadDocument))
            .WithTrackingName(TrackingNames.SourceDocuments);

        var readDocuments = documents.Collect()
            .Select(static (files, token) => PendingRead<SourceDocument>.ReadAll(files, token))
            .WithTrackingName(TrackingNames.ReadDocuments);

        context.RegisterSourceOutput(parsedSeeds.Select(static (files, _) => files.SelectMany(static file => file.Diagnostics).ToEquatableArray()), Report);
        context.RegisterSourceOutput(settings, static (output, settings) =>
        {
            if (settings.UnreadableMaxHandlesPerClass is { } text)
            {
                output.ReportDiagnostic(SeedDiagnostic.Create(SeedDiagnostics.InvalidBuildProperty, null, GeneratorSettings.MaxHandlesPerClassName, text, "a whole number of handles such as 10000").ToDiagnostic());
            }
        });

        var linked = parsedSeeds
            .Combine(readDocuments)
            .Combine(settings)
            .Select(static (input, token) => Link(input.Left.Left, input.Left.Right, input.Right, token))
            .WithTrackingName(TrackingNames.Link);

        context.RegisterSourceOutput(linked.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.LinkDiagnostics), Report);
        context.RegisterSourceOutput(linked.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.Model), Emit);
    }

    private static GeneratorSettings ReadSettings(AnalyzerConfigOptions options)
    {
        options.TryGetValue(GeneratorSettings.SeedsDirectoryProperty, out var seeds);
        options.TryGetValue(GeneratorSettings.ReleaseVersionProperty, out var version);
        options.TryGetValue(GeneratorSettings.MaxHandlesPerClassProperty, out var maxHandles);
        var seedsDirectory = seeds ?? "";
        var releaseVersion = string.IsNullOrWhiteSpace(version) ? "0.0.0" : version!.Trim();
        if (string.IsNullOrWhiteSpace(maxHandles))
        {
            return new GeneratorSettings(seedsDirectory, releaseVersion);
        }

        // Unreadable, the limit falls back to the default and DD0025 says so: the build must not quietly
        // ship a library whose handles differ from what the project asked for.
        return int.TryParse(maxHandles!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            ? new GeneratorSettings(seedsDirectory, releaseVersion, max)
            : new GeneratorSettings(seedsDirectory, releaseVersion, GeneratorSettings.DefaultMaxHandlesPerClass, maxHandles);
    }

    private static SeedFile ParseSeedFile(AdditionalText file, string relativePath, CancellationToken token)
    {
        try
        {
            var text = file.GetText(token);
            return text is null
                ? SeedFile.Failed(file.Path, relativePath, "reading the seed file", "the file could not be read")
                : SeedFileParser.Parse(relativePath, SeedFileText.From(file.Path, text.Length, text.CopyTo));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return SeedFile.Failed(file.Path, relativePath, $"parsing {relativePath}", ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static SourceDocument ReadDocument(AdditionalText file, string relativePath, CancellationToken token) =>
        SeedCheck.ReadDocument(file.Path, relativePath, file.GetText(token)?.ToString() ?? "");

    private static LinkResult Link(EquatableArray<SeedFile> files, EquatableArray<SourceDocument> documents, GeneratorSettings settings, CancellationToken token)
    {
        try
        {
            token.ThrowIfCancellationRequested();
            return SharedLinks.Link(files, documents, settings, () => DatasetLinker.Link(files, documents, settings.ReleaseVersion, settings.MaxHandlesPerClass), token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failure = SeedDiagnostic.Create(SeedDiagnostics.InternalError, null, "linking the seed files", ex.GetType().Name + ": " + ex.Message);
            return new LinkResult(null, new[] { failure }.ToEquatableArray());
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<SeedDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void Emit(SourceProductionContext context, DatasetModel? model)
    {
        if (model is null)
        {
            return;
        }

        IReadOnlyList<(string Name, string Text)> sources;
        try
        {
            sources = SharedEmits.Emit(model, static model => EmitSources(model));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(SeedDiagnostic.Create(SeedDiagnostics.InternalError, null, "writing the generated code", ex.GetType().Name + ": " + ex.Message).ToDiagnostic());
            return;
        }

        foreach (var (name, text) in sources)
        {
            context.AddSource(name, SourceText.From(text, System.Text.Encoding.UTF8));
        }
    }

    /// <summary>
    /// Every file generated from a linked model, by hint name. Kept apart from <see cref="Emit"/> so
    /// that the fuzz tests can run exactly this stage thousands of times without a compilation.
    /// </summary>
    internal static IReadOnlyList<(string Name, string Text)> EmitSources(DatasetModel model, PackingPolicy? packing = null)
    {
        var sources = new List<(string Name, string Text)>(DataEmitter.Emit(model, packing))
        {
            ("GeneratedDatasetInfo.g.cs", DataEmitter.EmitInfo(model)),
        };
        foreach (var kind in SeedSchema.Kinds.Where(k => k.HandleClass is not null))
        {
            sources.Add(($"Handles.{kind.HandleClass}.g.cs", HandlesEmitter.Emit(kind, model)));
        }

        return sources;
    }
}
