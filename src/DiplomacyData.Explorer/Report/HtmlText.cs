using System.Globalization;
using System.Text;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// The one way text from the seeds and articles enters the site: every character that could start markup
/// is escaped, and characters a reader cannot see but that change what they read are shown as their code
/// point instead: those the seed compiler refuses in a seed (bidi overrides such as U+202E, zero-width
/// characters, Hangul fillers, tag characters: <see cref="TextRules.HiddenCharacterName"/>), which an
/// article may still hold, and control characters. A hostile text reads as the characters it holds.
/// </summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> as element content.</summary>
    public static StringBuilder AppendText(this StringBuilder html, string? text) => Append(html, text, inAttribute: false);

    /// <summary>Appends <paramref name="text"/> as the value of a double-quoted attribute.</summary>
    public static StringBuilder AppendAttribute(this StringBuilder html, string? text) => Append(html, text, inAttribute: true);

    /// <summary>Appends a count or number as digits, whatever the current culture.</summary>
    public static StringBuilder AppendNumber(this StringBuilder html, int value) => html.Append(value.ToString(CultureInfo.InvariantCulture));

    private static StringBuilder Append(StringBuilder html, string? text, bool inAttribute)
    {
        if (text is null)
        {
            return html;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); continue;
                case '<': html.Append("&lt;"); continue;
                case '>': html.Append("&gt;"); continue;
                case '"': html.Append("&quot;"); continue;
                case '\'': html.Append("&#39;"); continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(c, text[i + 1]) : c;
            var name = TextRules.HiddenCharacterName(codePoint);
            if (name.Length == 0 && c is not ('\n' or '\t') && char.IsControl(c))
            {
                name = "CONTROL CHARACTER";
            }

            if (name.Length == 0)
            {
                html.Append(c);
                continue;
            }

            var code = "[U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + "]";
            html.Append(inAttribute ? code : $"<span class=\"hidden-char\" title=\"{name}\">{code}</span>");
            i += pair ? 1 : 0;
        }

        return html;
    }
}
