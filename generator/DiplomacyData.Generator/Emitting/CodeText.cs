using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generator.Emitting;

/// <summary>The only ways text from a seed may enter generated code: as an escaped literal or as escaped doc text.</summary>
internal static class CodeText
{
    /// <summary>A C# string literal, escaped by the compiler's own rules.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// Text for an XML doc comment: XML-escaped, on one line (every line terminator, including
    /// U+0085, U+2028 and U+2029, becomes a space, so data can never end the comment), and with
    /// characters XML cannot hold written as their code point.
    /// </summary>
    public static string Doc(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\t' or '\v' or '\f': builder.Append(' '); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        builder.Append("U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
