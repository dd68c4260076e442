using System.Globalization;
using System.Linq;
using System.Text;
using DiplomacyData.SeedCompiler.Linking;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// An article read with its facts laid over it, as a coverage report shows code: every sentence in place
/// (paragraph by paragraph), marked cited, excluded or not accounted for, with its quotes highlighted and
/// the records that cite it, or the exclusion that leaves it out and why.
/// </summary>
internal static class ArticlePage
{
    public static string Build(ProvenanceSite site, ArticleProvenance article, int sourcePosition)
    {
        var path = SitePaths.Article(article.SourceId);
        var source = site.Records[sourcePosition];
        var text = article.Document.Text;
        var body = new StringBuilder(text.Length * 4);

        body.Append("<p class=\"meta\">Source record ").AppendRecordLink(site, path, sourcePosition)
            .Append(" · file <code>").AppendText(article.Document.RelativePath).Append("</code>");
        var published = ProvenanceSite.Value(source, "published");
        if (!published.IsAbsent)
        {
            body.Append(" · published <span class=\"date\">").AppendText(FieldMarkup.DateWords(published)).Append("</span>");
        }

        body.Append("</p>\n");
        AppendCounts(body, article);
        body.Append("<div class=\"filters\" hidden>Show: ");
        foreach (var status in new[] { SentenceStatus.Cited, SentenceStatus.Excluded, SentenceStatus.Unaccounted })
        {
            body.Append("<label><input type=\"checkbox\" checked data-status=\"").Append(StatusMarkup.Key(status)).Append("\"> ").Append(StatusMarkup.Words(status)).Append("</label> ");
        }

        body.Append("</div>\n<div class=\"article\">\n<div class=\"paragraph\">\n");
        var previousEnd = 0;
        foreach (var sentence in article.Sentences)
        {
            // The build splits at every line break; a line is a paragraph of the article.
            if (previousEnd > 0 && text.IndexOf('\n', previousEnd, sentence.Start - previousEnd) >= 0)
            {
                body.Append("</div>\n<div class=\"paragraph\">\n");
            }

            AppendSentence(body, site, path, text, sentence);
            previousEnd = sentence.End;
        }

        body.Append("</div>\n</div>\n");
        return PageLayout.Page(path, source.DisplayName, site.Model.SeedHash, body);
    }

    private static void AppendCounts(StringBuilder body, ArticleProvenance article)
    {
        body.Append("<table class=\"counts\" id=\"coverage\"><tr><th>sentences</th><th>cited</th><th>excluded</th><th>not accounted for</th></tr><tr>");
        body.Append("<td data-count=\"sentences\">").AppendNumber(article.Sentences.Count).Append("</td>");
        foreach (var status in new[] { SentenceStatus.Cited, SentenceStatus.Excluded, SentenceStatus.Unaccounted })
        {
            var count = article.Sentences.Count(s => s.Status == status);
            body.Append("<td data-count=\"").Append(StatusMarkup.Key(status)).Append("\">").AppendNumber(count).Append("</td>");
        }

        body.Append("</tr></table>\n");
    }

    private static void AppendSentence(StringBuilder body, ProvenanceSite site, string path, string text, SentenceProvenance sentence)
    {
        var anchor = SitePaths.SentenceAnchor(sentence.Number);
        var key = StatusMarkup.Key(sentence.Status);
        body.Append("<div class=\"sentence ").Append(key).Append("\" id=\"").Append(anchor).Append("\" data-status=\"").Append(key).Append("\">");
        body.Append("<a class=\"number\" href=\"#").Append(anchor).Append("\">").AppendNumber(sentence.Number).Append("</a>");
        body.AppendStatus(sentence.Status);
        body.Append("<p class=\"text\">").AppendSentence(text, sentence, sentence.Quotes).Append("</p>");
        body.Append("<div class=\"by\">");
        var citedBy = sentence.CitedBy;
        if (citedBy.Count > 0)
        {
            body.Append("<div class=\"cited-by\">Cited by ").AppendRecordList(site, path, citedBy).Append("</div>");
        }

        foreach (var exclusion in sentence.ExcludedBy)
        {
            var record = site.Records[exclusion];
            body.Append("<div class=\"excluded-by\">Excluded as <span class=\"category\">").AppendText(ProvenanceSite.Value(record, "category").Text).Append("</span>: ")
                .Append("<a class=\"record\" href=\"").AppendAttribute(SitePaths.Link(path, SitePaths.Record(record.Id))).Append("\">")
                .AppendText(ProvenanceSite.Value(record, "reason").Text).Append("</a></div>");
        }

        body.Append("</div></div>\n");
    }
}
