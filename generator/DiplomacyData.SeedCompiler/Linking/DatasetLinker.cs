using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiplomacyData.SeedCompiler.Handles;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// Joins all seed files into one dataset, one job per step: ids and names (<see cref="RecordIdentity"/>),
/// articles and quotes (<see cref="SourceQuotes"/>), the hierarchy and record order (<see cref="Hierarchy"/>),
/// the articles that use each alias (<see cref="AliasSources"/>), each record's rules (<see cref="RecordChecks"/>), its linked values (<see cref="ValueLinker"/>), and at
/// last the sentence coverage. Diagnostics come out in that order, record by record.
/// </summary>
internal static class DatasetLinker
{
    /// <param name="provenance">When given, receives each article's sentences and placed quotes (see <see cref="ArticleProvenance"/>);
    /// the generator has no use for them and passes none.</param>
    public static LinkResult Link(IReadOnlyList<SeedFile> files, IReadOnlyList<SourceDocument> documents, string releaseVersion, int maxHandlesPerClass = HandleLimit.DefaultPerClass, ICollection<ArticleProvenance>? provenance = null)
    {
        var orderedFiles = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        var orderedDocuments = documents.OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
        var context = new LinkContext(orderedFiles.Sum(f => f.Records.Count));

        var records = RecordIdentity.CollectUnique(orderedFiles, context);
        var classesWithoutHandles = new List<string>();
        var handleNames = RecordIdentity.AssignHandleNames(records, maxHandlesPerClass, context, classesWithoutHandles);
        var quotes = new SourceQuotes(context);
        quotes.AttachDocuments(records, orderedDocuments);
        var hierarchy = new Hierarchy(context);
        hierarchy.BreakCycles(records);
        var ordered = hierarchy.Order(records);

        var aliasSources = AliasSources.Find(ordered, quotes, context);
        var values = new ValueLinker(context, hierarchy, quotes, aliasSources, ordered);
        var searches = quotes.FindQuotes(ordered);
        var linked = new List<LinkedRecord>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            RecordChecks.Check(ordered[i], searches[i], quotes, context);
            linked.Add(values.LinkRecord(ordered[i], handleNames));
        }

        var coverage = quotes.MeasureCoverage(ordered, provenance);
        var model = new DatasetModel(releaseVersion, SeedHash(orderedFiles, orderedDocuments), linked.ToEquatableArray(), coverage.ToEquatableArray(), classesWithoutHandles.ToEquatableArray());
        return new LinkResult(model, context.Diagnostics.ToEquatableArray());
    }

    private static string SeedHash(List<SeedFile> files, List<SourceDocument> documents)
    {
        var manifest = new StringBuilder();
        foreach (var file in files)
        {
            manifest.Append(file.RelativePath).Append(' ').Append(file.ContentHash).Append('\n');
        }

        foreach (var document in documents)
        {
            manifest.Append(document.RelativePath).Append(' ').Append(document.ContentHash).Append('\n');
        }

        return Hashing.Sha256Hex(manifest.ToString());
    }
}
