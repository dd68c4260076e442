using System;
using System.Collections.Generic;
using System.IO;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// RFC 4180 rows: fields separated by commas, rows ended by CRLF, and a field that holds a comma, a
/// double quote, CR or LF enclosed in double quotes with its own double quotes doubled.
/// </summary>
internal static class Csv
{
    public const string RowEnd = "\r\n";

    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(Escape(field));
            first = false;
        }

        writer.Write(RowEnd);
    }

    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
