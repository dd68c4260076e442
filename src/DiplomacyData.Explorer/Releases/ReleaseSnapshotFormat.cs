using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DiplomacyData.Explorer.Releases;

/// <summary>
/// Reads and writes a release's data snapshot as JSON Lines: one object per record, ordered by kind
/// then id (ordinal), with <c>kind</c> and <c>id</c> first, then each field as a string, null, or an
/// array of strings. One record per line keeps a release's git diff readable and lets jq or DuckDB read it.
/// </summary>
internal static class ReleaseSnapshotFormat
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Quotes carry typographic characters and diacritics; keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Write(IEnumerable<ReleasedRecord> records)
    {
        var text = new StringBuilder();
        foreach (var record in Order(records))
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                json.WriteStartObject();
                json.WriteString("kind", record.Kind);
                json.WriteString("id", record.Id);
                foreach (var field in record.Fields)
                {
                    WriteField(json, field);
                }

                json.WriteEndObject();
            }

            text.Append(Encoding.UTF8.GetString(buffer.ToArray())).Append('\n');
        }

        return text.ToString();
    }

    public static IReadOnlyList<ReleasedRecord> Read(string text, string fileName)
    {
        var records = new List<ReleasedRecord>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            try
            {
                records.Add(ReadRecord(lines[i]));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{fileName}({i + 1}): not a released record: {ex.Message}", ex);
            }
        }

        return records;
    }

    public static IEnumerable<ReleasedRecord> Order(IEnumerable<ReleasedRecord> records) =>
        records.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal);

    private static void WriteField(Utf8JsonWriter json, ReleasedField field)
    {
        if (field.IsList)
        {
            json.WriteStartArray(field.Name);
            foreach (var item in field.Items)
            {
                json.WriteStringValue(item);
            }

            json.WriteEndArray();
        }
        else if (field.Items.Count == 0)
        {
            json.WriteNull(field.Name);
        }
        else
        {
            json.WriteString(field.Name, field.Items[0]);
        }
    }

    private static ReleasedRecord ReadRecord(string line)
    {
        using var document = JsonDocument.Parse(line);
        string? kind = null, id = null;
        var fields = new List<ReleasedField>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            switch (property.Name)
            {
                case "kind":
                    kind = property.Value.GetString();
                    break;
                case "id":
                    id = property.Value.GetString();
                    break;
                default:
                    fields.Add(ReadField(property));
                    break;
            }
        }

        if (kind is null || id is null)
        {
            throw new FormatException("a record needs \"kind\" and \"id\"");
        }

        return new ReleasedRecord(kind, id, fields);
    }

    private static ReleasedField ReadField(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.Null => ReleasedField.Scalar(property.Name, null),
        JsonValueKind.String => ReleasedField.Scalar(property.Name, property.Value.GetString()),
        JsonValueKind.Array => ReleasedField.List(property.Name, property.Value.EnumerateArray().Select(item => item.GetString()
            ?? throw new FormatException($"'{property.Name}' holds a null item"))),
        _ => throw new FormatException($"'{property.Name}' must be a string, null or an array of strings"),
    };
}
