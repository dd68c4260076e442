using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Checking;

/// <summary>
/// What parsing and linking a set of seed inputs found: every diagnostic, the linked model when linking
/// succeeded, and each article's sentences with the quotes placed in them (in source order).
/// </summary>
internal sealed record SeedCheckResult(IReadOnlyList<SeedDiagnostic> Diagnostics, DatasetModel? Model, IReadOnlyList<ArticleProvenance> Articles)
{
    public bool HasErrors => Diagnostics.Any(d => d.Descriptor.Severity == SeedSeverity.Error);
}

/// <summary>
/// The build's checks without the build: parse each seed file and link them all with the source texts,
/// as the generator's stages do, collecting the diagnostics of both in that order. No Roslyn and no
/// exception guards (where the generator reports DD0019, an exception escapes here), so the explorer's
/// <c>validate</c> and the tests get the build's findings in milliseconds.
/// </summary>
internal static class SeedCheck
{
    /// <param name="inputs">The seed files and source texts (see <see cref="SeedFolder.Read"/>).</param>
    /// <param name="releaseVersion">The version the linked model carries; it decides no check.</param>
    /// <param name="parsed">The parse of inputs known to be unchanged, or null to parse that input here.</param>
    public static SeedCheckResult Run(IReadOnlyList<SeedInput> inputs, string releaseVersion, Func<SeedInput, SeedFile?>? parsed = null)
    {
        var files = inputs.Where(i => i.IsSeedFile).Select(i => parsed?.Invoke(i) ?? Parse(i)).ToList();
        var documents = inputs.Where(i => i.IsSourceText).Select(i => ReadDocument(i.Path, i.RelativePath, i.Text)).ToList();
        var diagnostics = files.SelectMany(f => f.Diagnostics).ToList();
        var articles = new List<ArticleProvenance>();
        var linked = DatasetLinker.Link(files, documents, releaseVersion, provenance: articles);
        diagnostics.AddRange(linked.Diagnostics);
        return new SeedCheckResult(diagnostics, linked.Model, articles);
    }

    /// <summary>Parses one seed file as the generator's per-file step does.</summary>
    public static SeedFile Parse(SeedInput input) => SeedFileParser.Parse(input.Path, input.RelativePath, input.Text);

    /// <summary>A source article as the linker checks quotes against it.</summary>
    public static SourceDocument ReadDocument(string path, string relativePath, string text) =>
        new(relativePath, path, text, Hashing.Sha256Hex(text));
}
