using System.Globalization;
using System.Text;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// The one way text from the seeds and articles enters the site: every character that could start markup
/// is escaped, and characters a reader cannot see but that change what they read (bidi overrides such as
/// U+202E, zero-width characters, other control characters) are shown as their code point instead, so a
/// hostile quote reads as the characters it holds.
/// </summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> as element content.</summary>
    public static StringBuilder AppendText(this StringBuilder html, string? text) => Append(html, text, inAttribute: false);

    /// <summary>Appends <paramref name="text"/> as the value of a double-quoted attribute.</summary>
    public static StringBuilder AppendAttribute(this StringBuilder html, string? text) => Append(html, text, inAttribute: true);

    /// <summary>Whether the character is invisible yet changes how text around it reads (Unicode control and format characters), so it is shown by its code.</summary>
    public static bool IsHidden(char c) =>
        c is not ('\n' or '\t') && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    private static StringBuilder Append(StringBuilder html, string? text, bool inAttribute)
    {
        if (text is null)
        {
            return html;
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default:
                    if (!IsHidden(c))
                    {
                        html.Append(c);
                    }
                    else
                    {
                        var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                        html.Append(inAttribute ? $"[U+{code}]" : $"<span class=\"hidden-char\" title=\"an invisible character in the text\">[U+{code}]</span>");
                    }

                    break;
            }
        }

        return html;
    }
}
