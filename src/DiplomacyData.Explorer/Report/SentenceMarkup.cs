using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiplomacyData.SeedCompiler.Linking;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// A sentence's text with quotes highlighted in place: a cited quote as <c>mark.cite</c>, the part only an
/// exclusion quotes as <c>mark.excl</c>. Quotes may overlap and run past the sentence; each piece of text is
/// marked by every quote that covers it.
/// </summary>
internal static class SentenceMarkup
{
    public static StringBuilder AppendSentence(this StringBuilder html, string text, SentenceProvenance sentence, IReadOnlyList<QuotePlacement> quotes)
    {
        var cuts = new SortedSet<int> { sentence.Start, sentence.End };
        foreach (var quote in quotes)
        {
            cuts.Add(Math.Clamp(quote.Start, sentence.Start, sentence.End));
            cuts.Add(Math.Clamp(quote.End, sentence.Start, sentence.End));
        }

        var from = sentence.Start;
        foreach (var to in cuts.Where(cut => cut > sentence.Start))
        {
            var covering = quotes.Where(q => q.Start <= from && q.End >= to).ToList();
            var piece = text.Substring(from, to - from);
            var mark = covering.Any(q => !q.Excludes) ? "cite" : covering.Count > 0 ? "excl" : null;
            if (mark is null)
            {
                html.AppendText(piece);
            }
            else
            {
                html.Append("<mark class=\"").Append(mark).Append("\">").AppendText(piece).Append("</mark>");
            }

            from = to;
        }

        return html;
    }
}
