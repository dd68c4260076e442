using System.Linq;
using System.Text;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.SeedCompiler.Tables;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// One record: every field of its kind (empty ones as a dash), each piece of evidence with the sentence it
/// stands in and the sentences around it, and the records it refers to and that refer to it, all as links.
/// </summary>
internal static class RecordPage
{
    public static string Build(ProvenanceSite site, int position)
    {
        var record = site.Records[position];
        var kind = ProvenanceSite.KindOf(record);
        var path = SitePaths.Record(record.Id);
        var body = new StringBuilder(4096);
        body.Append("<p class=\"meta\"><span class=\"kind\">").AppendText(RecordMarkup.KindLabel(kind)).Append("</span> <code class=\"id\">").AppendText(record.Id).Append("</code>");
        body.Append(" · all <a href=\"").AppendAttribute(SitePaths.Link(path, SitePaths.Kind(kind.JsonKey))).Append("\">").AppendText(kind.JsonKey).Append("</a>");
        if (site.ArticleOf(record.Id) is not null)
        {
            body.Append(" · <a class=\"article\" href=\"").AppendAttribute(SitePaths.Link(path, SitePaths.Article(record.Id))).Append("\">read the article with its facts laid over it</a>");
        }

        body.Append("</p>\n<h2 id=\"fields\">Fields</h2>\n<table class=\"fields\">\n");
        for (var f = 0; f < kind.Fields.Count; f++)
        {
            var field = kind.Fields[f];
            if (field.Name == "evidence")
            {
                continue; // shown whole below, each quote in its sentence
            }

            body.Append("<tr><th>").AppendText(field.Name).Append("</th><td>");
            if (field.ShippedWords > 0)
            {
                AppendWholeQuote(body, site, position, field, record.Values[f]);
            }
            else
            {
                body.AppendValue(site, path, field, record.Values[f]);
            }

            body.Append("</td></tr>\n");
            if (field.Name == "parent")
            {
                AppendChildren(body, site, path, position);
            }
        }

        body.Append("</table>\n");
        AppendOtherClaims(body, site, path, position);
        AppendEvidence(body, site, path, position, kind);
        AppendReferences(body, site, path, position);
        return PageLayout.Page(path, RecordMarkup.Name(site, position), site.Model.SeedHash, body);
    }

    /// <summary>
    /// The records whose parent this one is (an event's sub-events), under its parent as the library's Children:
    /// a visit's date is often worked out from its sub-events, and a reviewer should not have to find them among the referrers.
    /// </summary>
    private static void AppendChildren(StringBuilder body, ProvenanceSite site, string path, int position)
    {
        var children = (site.ReferencesIn[position] ?? new()).Where(r => ReferenceFields.Paths[r.Field] == "parent").Select(r => r.Referrer);
        body.Append("<tr><th>children</th><td>").AppendRecordList(site, path, children).Append("</td></tr>\n");
    }

    /// <summary>
    /// A claim's rivals: the other claims on the same point with their ranks, and a link to them side by side,
    /// so a reviewer checking one answer sees that the sources give another (nothing refers from one to the other).
    /// </summary>
    private static void AppendOtherClaims(StringBuilder body, ProvenanceSite site, string path, int position)
    {
        var record = site.Records[position];
        if (ProvenanceSite.KindOf(record).JsonKey != SeedSchema.Claims)
        {
            return;
        }

        var point = (ProvenanceSite.Value(record, "subject").RecordIndex, ProvenanceSite.Value(record, "property").Text ?? "");
        var others = site.ClaimsByPoint[point].Where(other => other != position).ToList();
        body.Append("<h2 id=\"other-claims\">Other claims on this point</h2>\n");
        if (others.Count == 0)
        {
            body.Append("<p class=\"none\">None: the sources agree.</p>\n");
            return;
        }

        body.Append("<ul class=\"records\">");
        foreach (var other in others)
        {
            body.Append("<li>").AppendRecordLink(site, path, other).Append(" (").AppendText(ProvenanceSite.Value(site.Records[other], "rank").Text).Append(")</li>");
        }

        body.Append("</ul>\n<p><a href=\"").AppendAttribute(SitePaths.Link(path, SitePaths.Index) + "#" + RecordMarkup.ConflictAnchor(site, point)).Append("\">See them side by side with their notes and evidence</a></p>\n");
    }

    /// <summary>
    /// A field the package ships only the opening words of (an exclusion's quote): the whole text as the seed
    /// holds it, read from the article where the build found it, and what the package keeps.
    /// </summary>
    private static void AppendWholeQuote(StringBuilder body, ProvenanceSite site, int position, FieldDef field, LinkedValue shipped)
    {
        var found = site.QuotesOf(position).FirstOrDefault(q => q.Quote.Item < 0);
        if (found.Article is null)
        {
            body.AppendText(shipped.Text);
            return;
        }

        body.AppendText(found.Article.Document.Text.Substring(found.Quote.Start, found.Quote.Length));
        body.Append("<div class=\"reason\">The package ships its first ").AppendNumber(field.ShippedWords).Append(" words: “").AppendText(shipped.Text).Append("”</div>");
    }

    private static void AppendEvidence(StringBuilder body, ProvenanceSite site, string path, int position, KindDef kind)
    {
        var record = site.Records[position];
        var evidenceIndex = kind.IndexOf("evidence");
        var items = evidenceIndex >= 0 ? record.Values[evidenceIndex].Items : EquatableArray<LinkedValue>.Empty;
        var isExclusion = kind.JsonKey == SeedSchema.Exclusions;
        if (evidenceIndex < 0 && !isExclusion)
        {
            return;
        }

        body.Append("<h2 id=\"evidence\">").Append(isExclusion ? "The sentence it leaves out" : "Evidence").Append("</h2>\n");
        var count = isExclusion ? 1 : items.Count;
        if (count == 0)
        {
            body.Append("<p class=\"none\">No evidence.</p>\n");
        }

        for (var item = 0; item < count; item++)
        {
            var itemNumber = isExclusion ? -1 : item;
            var sourceIndex = isExclusion ? ProvenanceSite.Value(record, "source").RecordIndex : items[item].Items[0].RecordIndex;
            body.Append("<div class=\"evidence\" id=\"evidence-").AppendNumber(item + 1).Append("\"><div class=\"quote-source\">From ").AppendRecordLink(site, path, sourceIndex).Append("</div>");
            if (!isExclusion)
            {
                body.Append("<blockquote>").AppendText(items[item].Items[1].Text).Append("</blockquote>");
            }

            foreach (var (article, quote) in site.QuotesOf(position).Where(q => q.Quote.Item == itemNumber))
            {
                AppendInContext(body, path, article, quote);
            }

            body.Append("</div>\n");
        }
    }

    /// <summary>The sentences the quote stands in, highlighted, between the sentence before and the one after.</summary>
    private static void AppendInContext(StringBuilder body, string path, ArticleProvenance article, QuotePlacement quote)
    {
        var inside = article.SentencesOf(quote).ToList();
        if (inside.Count == 0)
        {
            return;
        }

        body.Append("<div class=\"context\">");
        var first = inside[0].Number - 1;
        var last = inside[inside.Count - 1].Number - 1;
        for (var s = first - 1; s <= last + 1; s++)
        {
            if (s < 0 || s >= article.Sentences.Count)
            {
                continue;
            }

            var sentence = article.Sentences[s];
            var focus = s >= first && s <= last;
            body.Append("<p class=\"").Append(focus ? "in-context focus" : "in-context").Append("\">");
            body.AppendArticleLink(path, article.SourceId, sentence.Number).Append(' ');
            body.AppendSentence(article.Document.Text, sentence, focus ? new[] { quote } : System.Array.Empty<QuotePlacement>()).Append("</p>");
        }

        body.Append("</div>");
    }

    private static void AppendReferences(StringBuilder body, ProvenanceSite site, string path, int position)
    {
        body.Append("<h2 id=\"refers-to\">Refers to</h2>\n");
        AppendReferenceTable(body, site, path, site.ReferencesOut(position).Select(r => (r.Field, r.Target)).ToList());
        body.Append("<h2 id=\"referred-by\">Referred to by</h2>\n");
        var referrers = site.ReferencesIn[position];
        AppendReferenceTable(body, site, path, referrers is null ? new() : referrers.Select(r => (ReferenceFields.Paths[r.Field], r.Referrer)).ToList());
    }

    private static void AppendReferenceTable(StringBuilder body, ProvenanceSite site, string path, System.Collections.Generic.List<(string Field, int Record)> references)
    {
        if (references.Count == 0)
        {
            body.Append("<p class=\"none\">None.</p>\n");
            return;
        }

        body.Append("<table class=\"references\"><tr><th>field</th><th>record</th></tr>\n");
        foreach (var (field, record) in references)
        {
            body.Append("<tr><td><code>").AppendText(field).Append("</code></td><td>").AppendRecordLink(site, path, record).Append("</td></tr>\n");
        }

        body.Append("</table>\n");
    }
}
