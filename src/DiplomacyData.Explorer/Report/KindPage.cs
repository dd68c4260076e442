using System;
using System.Linq;
using System.Text;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Explorer.Report;

/// <summary>Every record of one kind, by id, each a link to its page: the way from the index to any record.</summary>
internal static class KindPage
{
    public static string Build(ProvenanceSite site, int kindIndex)
    {
        var kind = SeedSchema.Kinds[kindIndex];
        var path = SitePaths.Kind(kind.JsonKey);
        var records = Enumerable.Range(0, site.Records.Count)
            .Where(i => site.Records[i].KindIndex == kindIndex)
            .OrderBy(i => site.Records[i].Id, StringComparer.Ordinal)
            .ToList();
        var body = new StringBuilder(records.Count * 160);
        body.Append("<p class=\"meta\">").AppendNumber(records.Count).Append(' ').AppendText(kind.JsonKey).Append(", by id.</p>\n");
        body.Append("<table class=\"records\"><tr><th>id</th><th>").AppendText(kind.NameField).Append("</th></tr>\n");
        foreach (var position in records)
        {
            var record = site.Records[position];
            body.Append("<tr><td><code>").AppendText(record.Id).Append("</code></td><td><a class=\"record\" href=\"")
                .AppendAttribute(SitePaths.Link(path, SitePaths.Record(record.Id))).Append("\">").AppendText(record.DisplayName).Append("</a></td></tr>\n");
        }

        body.Append("</table>\n");
        return PageLayout.Page(path, "All " + kind.JsonKey, site.Model.SeedHash, body);
    }
}
