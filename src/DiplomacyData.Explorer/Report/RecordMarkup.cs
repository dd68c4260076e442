using System.Collections.Generic;
using System.Text;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Explorer.Report;

/// <summary>How a record is named wherever another page points at it: its kind, then its name as a link to its page.</summary>
internal static class RecordMarkup
{
    /// <summary>"an office held" → "office held": the kind as a reader calls one record of it.</summary>
    public static string KindLabel(KindDef kind) => kind.Description.Substring(kind.Description.IndexOf(' ') + 1);

    /// <summary>
    /// The record's name as a reader needs it out of context: its display name, except a claim's, which is only
    /// its value ("2023", "Hà Nội") and so is named with the point it answers: "place of Meeting of …: Hà Nội".
    /// </summary>
    public static string Name(ProvenanceSite site, int position)
    {
        var record = site.Records[position];
        if (ProvenanceSite.KindOf(record).JsonKey != SeedSchema.Claims)
        {
            return record.DisplayName;
        }

        var subject = ProvenanceSite.Value(record, "subject").RecordIndex;
        var subjectName = subject >= 0 ? site.Records[subject].DisplayName : "?";
        return $"{ProvenanceSite.Value(record, "property").Text} of {subjectName}: {record.DisplayName}";
    }

    /// <summary>The anchor of a point's conflict on the index page: <c>conflict-subject-property</c>.</summary>
    public static string ConflictAnchor(ProvenanceSite site, (int Subject, string Property) point) =>
        $"conflict-{site.Records[point.Subject].Id}-{point.Property}";

    public static StringBuilder AppendRecordLink(this StringBuilder html, ProvenanceSite site, string from, int position)
    {
        var record = site.Records[position];
        html.Append("<a class=\"record\" href=\"").AppendAttribute(SitePaths.Link(from, SitePaths.Record(record.Id))).Append("\">");
        html.Append("<span class=\"kind\">").AppendText(KindLabel(ProvenanceSite.KindOf(record))).Append("</span> ");
        return html.AppendText(Name(site, position)).Append("</a>");
    }

    /// <summary>Records as a list of links, or a dash when there are none.</summary>
    public static StringBuilder AppendRecordList(this StringBuilder html, ProvenanceSite site, string from, IEnumerable<int> positions)
    {
        var any = false;
        foreach (var position in positions)
        {
            html.Append(any ? "" : "<ul class=\"records\">").Append("<li>").AppendRecordLink(site, from, position).Append("</li>");
            any = true;
        }

        return html.Append(any ? "</ul>" : "<span class=\"none\">—</span>");
    }

    public static StringBuilder AppendArticleLink(this StringBuilder html, string from, string sourceId, int? sentence = null)
    {
        var target = SitePaths.Article(sourceId) + (sentence is { } number ? "#" + SitePaths.SentenceAnchor(number) : "");
        html.Append("<a class=\"article\" href=\"").AppendAttribute(SitePaths.Link(from, target)).Append("\">").AppendText(sourceId);
        if (sentence is { } n)
        {
            html.Append(", sentence ").AppendNumber(n);
        }

        return html.Append("</a>");
    }
}
