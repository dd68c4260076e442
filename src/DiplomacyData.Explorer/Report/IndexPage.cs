using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// The site's front page: records per kind, each article's sentence coverage and the records citing it,
/// the points the sources disagree on side by side, every date worked out or bounded rather than read with
/// its reasoning, and the timeline.
/// </summary>
internal static class IndexPage
{
    private const string Path = SitePaths.Index;

    public static string Build(ProvenanceSite site)
    {
        var body = new StringBuilder(64 * 1024);
        body.Append("<p class=\"meta\">Each article with every sentence marked cited, excluded or not accounted for, and every record with its evidence in place. ")
            .Append("Sentences are split and counted by the seed compiler, as the build counts them.</p>\n");
        AppendKinds(body, site);
        AppendArticles(body, site);
        AppendConflicts(body, site);
        AppendDates(body, site);
        AppendTimeline(body, site);
        return PageLayout.Page(Path, "Provenance report", site.Model.SeedHash, body);
    }

    private static void AppendKinds(StringBuilder body, ProvenanceSite site)
    {
        body.Append("<h2 id=\"kinds\">Records per kind</h2>\n<table class=\"counts\"><tr><th>kind</th><th>records</th></tr>\n");
        for (var k = 0; k < SeedSchema.Kinds.Count; k++)
        {
            var kind = SeedSchema.Kinds[k];
            var count = site.Records.Count(r => r.KindIndex == k);
            body.Append("<tr><td><a href=\"").AppendAttribute(SitePaths.Kind(kind.JsonKey)).Append("\">").AppendText(kind.JsonKey).Append("</a></td><td data-kind=\"")
                .AppendAttribute(kind.JsonKey).Append("\">").AppendNumber(count).Append("</td></tr>\n");
        }

        body.Append("</table>\n");
    }

    /// <summary>Per article: its sentence coverage, then how many records of each kind cite it (as <c>stats</c> counts them).</summary>
    private static void AppendArticles(StringBuilder body, ProvenanceSite site)
    {
        var citing = Enumerable.Range(0, SeedSchema.Kinds.Count).Where(k => SeedSchema.Kinds[k].IndexOf("evidence") >= 0 || SeedSchema.Kinds[k].JsonKey == SeedSchema.Exclusions).ToList();
        var counts = CitingCounts(site);
        body.Append("<h2 id=\"articles\">Articles</h2>\n<p>Sentence coverage, and how many records of each kind cite the article (a record may cite several).</p>\n");
        body.Append("<div class=\"wide\"><table class=\"counts articles\"><tr><th>article</th><th>title</th><th>sentences</th><th>cited</th><th>excluded</th><th>not accounted for</th><th>coverage</th>");
        foreach (var k in citing)
        {
            body.Append("<th>").AppendText(SeedSchema.Kinds[k].JsonKey).Append("</th>");
        }

        body.Append("</tr>\n");
        foreach (var article in site.Articles)
        {
            var sentences = article.Sentences.Count;
            var cited = article.Sentences.Count(s => s.Status == SentenceStatus.Cited);
            var excluded = article.Sentences.Count(s => s.Status == SentenceStatus.Excluded);
            var unaccounted = sentences - cited - excluded;
            var coverage = sentences == 0 ? 100.0 : (cited + excluded) * 100.0 / sentences;
            body.Append("<tr data-article=\"").AppendAttribute(article.SourceId).Append("\"><td>").AppendArticleLink(Path, article.SourceId).Append("</td><td>");
            body.AppendText(site.Records[site.PositionOf(article.SourceId)].DisplayName).Append("</td>");
            body.Append("<td data-count=\"sentences\">").AppendNumber(sentences).Append("</td><td data-count=\"cited\">").AppendNumber(cited)
                .Append("</td><td data-count=\"excluded\">").AppendNumber(excluded).Append("</td><td data-count=\"unaccounted\" class=\"")
                .Append(unaccounted > 0 ? "warn" : "").Append("\">").AppendNumber(unaccounted).Append("</td><td>")
                .Append(coverage.ToString("0.#", CultureInfo.InvariantCulture)).Append('%').Append("</td>");
            foreach (var k in citing)
            {
                counts.TryGetValue((article.SourceId, k), out var count);
                body.Append("<td>").AppendNumber(count).Append("</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</table></div>\n");
    }

    /// <summary>(source id, kind) → records of the kind whose evidence (or, for an exclusion, whose source) is that source.</summary>
    private static Dictionary<(string Source, int Kind), int> CitingCounts(ProvenanceSite site)
    {
        var counts = new Dictionary<(string, int), int>();
        foreach (var record in site.Records)
        {
            var kind = ProvenanceSite.KindOf(record);
            var sources = kind.JsonKey == SeedSchema.Exclusions
                ? new[] { ProvenanceSite.Value(record, "source").Text }
                : ProvenanceSite.Value(record, "evidence").Items.Select(item => item.Items[0].Text);
            foreach (var source in sources.Where(s => s is not null).Distinct(StringComparer.Ordinal))
            {
                counts.TryGetValue((source!, record.KindIndex), out var count);
                counts[(source!, record.KindIndex)] = count + 1;
            }
        }

        return counts;
    }

    /// <summary>Claims on the same subject and property, best-ranked first, each with its note and evidence.</summary>
    private static void AppendConflicts(StringBuilder body, ProvenanceSite site)
    {
        var rankField = SeedSchema.Kinds[SeedSchema.KindIndex(SeedSchema.Claims)].Field("rank")!;
        var groups = site.ClaimsByPoint
            .Where(g => g.Value.Count > 1)
            .OrderBy(g => site.Records[g.Key.Subject].Id, StringComparer.Ordinal).ThenBy(g => g.Key.Property, StringComparer.Ordinal)
            .ToList();
        body.Append("<h2 id=\"conflicts\">Conflicts</h2>\n<p>Points the sources disagree on: claims on the same subject and property, ranked.</p>\n");
        if (groups.Count == 0)
        {
            body.Append("<p class=\"none\">None.</p>\n");
        }

        foreach (var group in groups)
        {
            body.Append("<div class=\"conflict\" id=\"").AppendAttribute(RecordMarkup.ConflictAnchor(site, group.Key)).Append("\"><h3>").AppendRecordLink(site, Path, group.Key.Subject).Append(": <code>").AppendText(group.Key.Property).Append("</code></h3><div class=\"claims\">");
            foreach (var position in group.Value.OrderBy(i => rankField.EnumValues.ToList().IndexOf(ProvenanceSite.Value(site.Records[i], "rank").Text ?? "")).ThenBy(i => i))
            {
                var claim = site.Records[position];
                var rank = ProvenanceSite.Value(claim, "rank").Text;
                body.Append("<div class=\"claim rank-").AppendAttribute(rank).Append("\"><div class=\"rank\">").AppendText(rank).Append("</div>");
                body.Append("<div class=\"value\"><a class=\"record\" href=\"").AppendAttribute(SitePaths.Record(claim.Id)).Append("\">").AppendText(ProvenanceSite.Value(claim, "value").Text).Append("</a></div>");
                var valueDate = ProvenanceSite.Value(claim, "valueDate");
                if (!valueDate.IsAbsent)
                {
                    body.Append("<div>as of ").AppendDate(site, Path, valueDate).Append("</div>");
                }

                body.Append("<div class=\"note\">").AppendText(ProvenanceSite.Value(claim, "note").Text).Append("</div>");
                foreach (var evidence in ProvenanceSite.Value(claim, "evidence").Items)
                {
                    body.Append("<blockquote>").AppendText(evidence.Items[1].Text).Append(" <span class=\"quote-source\">— ")
                        .AppendArticleLink(Path, evidence.Items[0].Text!).Append("</span></blockquote>");
                }

                body.Append("</div>");
            }

            body.Append("</div></div>\n");
        }
    }

    /// <summary>Every date of every record that the sources do not state (inferred) or only bound, with its reasoning.</summary>
    private static void AppendDates(StringBuilder body, ProvenanceSite site)
    {
        body.Append("<h2 id=\"dates\">Inferred and bounded dates</h2>\n<table class=\"dates\"><tr><th>record</th><th>field</th><th>date and reasoning</th></tr>\n");
        var count = 0;
        for (var i = 0; i < site.Records.Count; i++)
        {
            var record = site.Records[i];
            var kind = ProvenanceSite.KindOf(record);
            for (var f = 0; f < kind.Fields.Count; f++)
            {
                var value = record.Values[f];
                if (kind.Fields[f].Type != FieldType.Date || value.IsAbsent || value.Items.Count == 0)
                {
                    continue;
                }

                count++;
                body.Append("<tr><td>").AppendRecordLink(site, Path, i).Append("</td><td><code>").AppendText(kind.Fields[f].Name).Append("</code></td><td>")
                    .AppendDate(site, Path, value).Append("</td></tr>\n");
            }
        }

        body.Append("</table>\n<p class=\"meta\">").AppendNumber(count).Append(" inferred or bounded dates.</p>\n");
    }

    /// <summary>Every event in the library's chronological order (undated last), with its own date, or the parent whose days it takes.</summary>
    private static void AppendTimeline(StringBuilder body, ProvenanceSite site)
    {
        body.Append("<h2 id=\"timeline\">Timeline</h2>\n<table class=\"timeline\"><tr><th>date</th><th>event</th><th>status</th><th>place</th></tr>\n");
        foreach (var (_, position) in site.Timeline)
        {
            var record = site.Records[position];
            var date = ProvenanceSite.Value(record, "date");
            var end = ProvenanceSite.Value(record, "endDate");
            body.Append("<tr><td>");
            if (!date.IsAbsent)
            {
                body.AppendDateWords(date);
                if (!end.IsAbsent)
                {
                    body.Append(" to ").AppendDateWords(end);
                }
            }
            else if (record.ParentPosition >= 0)
            {
                body.Append("during ").AppendRecordLink(site, Path, record.ParentPosition);
            }
            else
            {
                body.Append("<span class=\"none\">undated</span>");
            }

            body.Append("</td><td>").AppendRecordLink(site, Path, position).Append("</td><td>").AppendText(ProvenanceSite.Value(record, "status").Text).Append("</td><td>");
            var place = ProvenanceSite.Value(record, "place");
            if (place.IsAbsent)
            {
                body.Append("<span class=\"none\">—</span>");
            }
            else
            {
                body.AppendRecordLink(site, Path, place.RecordIndex);
            }

            body.Append("</td></tr>\n");
        }

        body.Append("</table>\n");
    }
}
