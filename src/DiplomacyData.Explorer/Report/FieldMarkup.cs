using System.Linq;
using System.Text;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Explorer.Report;

/// <summary>One field's linked value as markup, whatever its type: references as links, dates with their reasoning, objects as small tables.</summary>
internal static class FieldMarkup
{
    public static StringBuilder AppendValue(this StringBuilder html, ProvenanceSite site, string from, FieldDef field, LinkedValue value)
    {
        if (value.IsAbsent || (value.Kind == SeedValueKind.List && value.Items.Count == 0))
        {
            return html.Append("<span class=\"none\">—</span>");
        }

        switch (field.Type)
        {
            case FieldType.Ref:
                return html.AppendRecordLink(site, from, value.RecordIndex);
            case FieldType.RefList:
                return html.AppendRecordList(site, from, value.Items.Select(item => item.RecordIndex));
            case FieldType.StringList:
                html.Append("<ul class=\"strings\">");
                foreach (var item in value.Items)
                {
                    html.Append("<li>").AppendText(item.Text).Append("</li>");
                }

                return html.Append("</ul>");
            case FieldType.ObjectList:
                return AppendObjects(html, site, from, field.Item!, value);
            case FieldType.Date:
                return html.AppendDate(site, from, value);
            default:
                return html.AppendText(value.Text);
        }
    }

    /// <summary>
    /// A date as the library words it (<c>2023-07</c>, <c>between 2023 and 2023-07-03</c>); one the sources do
    /// not state says so, with the reason and the sources it rests on.
    /// </summary>
    public static StringBuilder AppendDate(this StringBuilder html, ProvenanceSite site, string from, LinkedValue date)
    {
        html.AppendDateWords(date);
        if (date.Items.Count == 0)
        {
            return html;
        }

        html.Append("<div class=\"reason\">").AppendText(date.Items[0].Text).Append(" <span class=\"basis\">Basis: ");
        var first = true;
        foreach (var source in date.Items[1].Items)
        {
            html.Append(first ? "" : ", ").AppendRecordLink(site, from, source.RecordIndex);
            first = false;
        }

        return html.Append("</span></div>");
    }

    /// <summary>The date in the library's words, marked when the sources do not state it, without the reasoning.</summary>
    public static StringBuilder AppendDateWords(this StringBuilder html, LinkedValue date)
    {
        html.Append("<span class=\"date\">").AppendText(DateWords(date)).Append("</span>");
        return date.Items.Count == 0 ? html : html.Append(" <span class=\"label\">").Append(date.Text is null ? "bounded" : "inferred").Append("</span>");
    }

    /// <summary>The date in the library's words: its ISO text at its precision, or its bounds.</summary>
    public static string DateWords(LinkedValue date)
    {
        if (date.IsAbsent)
        {
            return "unknown";
        }

        if (date.Text is not null)
        {
            return PartialDate.Parse(date.Text).ToString();
        }

        var earliest = date.Items[2].IsAbsent ? PartialDate.Unknown : PartialDate.Parse(date.Items[2].Text!);
        var latest = date.Items[3].IsAbsent ? PartialDate.Unknown : PartialDate.Parse(date.Items[3].Text!);
        return PartialDate.Between(earliest, latest).ToString();
    }

    private static StringBuilder AppendObjects(StringBuilder html, ProvenanceSite site, string from, ObjectDef item, LinkedValue list)
    {
        html.Append("<table class=\"objects\"><thead><tr>");
        foreach (var member in item.Fields)
        {
            html.Append("<th>").AppendText(member.Name).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var entry in list.Items)
        {
            html.Append("<tr>");
            for (var m = 0; m < item.Fields.Count; m++)
            {
                html.Append("<td>").AppendValue(site, from, item.Fields[m], entry.Items[m]).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>");
    }
}
