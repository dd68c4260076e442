using System;
using System.Collections.Generic;
using System.Text;

namespace DiplomacyData.Explorer.Tests;

/// <summary>
/// A strict reader of RFC 4180 CSV, written apart from the explorer's writer so that it can check
/// it: rows end with CRLF, a quoted field may hold commas, CR, LF and doubled quotes, and a quote
/// anywhere else, or a bare CR or LF outside quotes, is an error.
/// </summary>
internal static class Rfc4180Parser
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                if (field.Length > 0)
                {
                    throw new FormatException($"A quote inside an unquoted field at offset {i}.");
                }

                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted field is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"Text after a closing quote at offset {i}.");
                }

                continue;
            }

            switch (text[i])
            {
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row.ToArray());
                    row.Clear();
                    i += 2;
                    break;
                case '\r' or '\n':
                    throw new FormatException($"A bare line break outside quotes at offset {i}.");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            throw new FormatException("The last row does not end with CRLF.");
        }

        return rows;
    }
}
