using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.SeedCompiler.Tables;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// What the pages are made from: the seed compiler's linked model and its articles with their sentences
/// and placed quotes, and the lookups every page needs, worked out once. Nothing here re-splits or
/// re-searches a text: the sentences and quotes are the build's own.
/// </summary>
internal sealed class ProvenanceSite
{
    private readonly Dictionary<string, ArticleProvenance> _articleBySource;
    private readonly Dictionary<string, int> _positionById;
    private readonly Dictionary<int, List<(ArticleProvenance Article, QuotePlacement Quote)>> _quotesByRecord = new();

    public ProvenanceSite(DatasetModel model, IReadOnlyList<ArticleProvenance> articles)
    {
        Model = model;
        Articles = articles.OrderBy(a => a.SourceId, StringComparer.Ordinal).ToList();
        _articleBySource = Articles.ToDictionary(a => a.SourceId, StringComparer.Ordinal);
        _positionById = new Dictionary<string, int>(model.Records.Count, StringComparer.Ordinal);
        for (var i = 0; i < model.Records.Count; i++)
        {
            _positionById[model.Records[i].Id] = i;
        }

        foreach (var article in Articles)
        {
            foreach (var quote in article.Quotes)
            {
                if (!_quotesByRecord.TryGetValue(quote.Record, out var list))
                {
                    _quotesByRecord[quote.Record] = list = new List<(ArticleProvenance, QuotePlacement)>();
                }

                list.Add((article, quote));
            }
        }

        var claims = SeedSchema.KindIndex(SeedSchema.Claims);
        ClaimsByPoint = Enumerable.Range(0, model.Records.Count)
            .Where(i => model.Records[i].KindIndex == claims)
            .GroupBy(i => (Subject: Value(model.Records[i], "subject").RecordIndex, Property: Value(model.Records[i], "property").Text ?? ""))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.ToList());

        var planner = new IndexPlanner(model);
        ReferencesIn = planner.References();
        Timeline = planner.Chronology();
    }

    public DatasetModel Model { get; }

    /// <summary>The claims on each point (subject and property), in record order: a point with more than one is a conflict.</summary>
    public IReadOnlyDictionary<(int Subject, string Property), IReadOnlyList<int>> ClaimsByPoint { get; }

    public IReadOnlyList<LinkedRecord> Records => Model.Records;

    /// <summary>Every article, by source id.</summary>
    public IReadOnlyList<ArticleProvenance> Articles { get; }

    /// <summary>For each record, the records that refer to it (null when none), with the index of the field's name in <see cref="ReferenceFields.Paths"/>: the library's ReferencesTo.</summary>
    public IReadOnlyList<List<(int Referrer, int Field)>?> ReferencesIn { get; }

    /// <summary>Every event in the library's chronological order, undated last.</summary>
    public IReadOnlyList<(EffectiveDate Date, int Record)> Timeline { get; }

    public static KindDef KindOf(LinkedRecord record) => SeedSchema.Kinds[record.KindIndex];

    public static LinkedValue Value(LinkedRecord record, string field) =>
        KindOf(record).IndexOf(field) is var index and >= 0 ? record.Values[index] : LinkedValue.Absent;

    /// <summary>The record's position in <see cref="Records"/>; ids are unique across kinds.</summary>
    public int PositionOf(string id) => _positionById[id];

    public ArticleProvenance? ArticleOf(string sourceId) => _articleBySource.TryGetValue(sourceId, out var article) ? article : null;

    /// <summary>Where the quotes of a record stand: each with its article, in article then reading order.</summary>
    public IReadOnlyList<(ArticleProvenance Article, QuotePlacement Quote)> QuotesOf(int record) =>
        _quotesByRecord.TryGetValue(record, out var list) ? list : Array.Empty<(ArticleProvenance, QuotePlacement)>();

    /// <summary>The records a record refers to, as (field name, target), in schema order, each pair once.</summary>
    public IEnumerable<(string Field, int Target)> ReferencesOut(int record)
    {
        var linked = Records[record];
        return ReferenceFields.Of(linked.KindIndex)
            .SelectMany(field => field.Targets(linked.Values[field.FieldIndex]).Where(target => target >= 0).Select(target => (field.Path, target)))
            .Distinct();
    }
}
