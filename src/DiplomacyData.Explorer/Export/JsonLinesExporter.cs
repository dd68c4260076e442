using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// Writes records as JSON Lines: one JSON object per record and line, with the fields of
/// <see cref="RecordFields"/> as properties in their order. Lists are arrays, groups are objects,
/// numbers are JSON numbers, and an empty field is <c>null</c>, so every line has the same keys.
/// </summary>
internal static class JsonLinesExporter
{
    // Quotes keep their letters (Việt Nam, “…”) readable instead of \u escapes; the output is data, not HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one line per record; returns the number of records written.</summary>
    public static int Write(TextWriter writer, IEnumerable<Record> records) => WriteLines(writer, records.Select(RecordFields.Of));

    /// <summary>Writes one JSON object per line, its fields as properties in order; returns the number of lines.</summary>
    public static int WriteLines(TextWriter writer, IEnumerable<IReadOnlyList<RecordField>> lines)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var count = 0;
        foreach (var fields in lines)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                foreach (var field in fields)
                {
                    json.WritePropertyName(field.Name);
                    WriteValue(json, field.Value);
                }

                json.WriteEndObject();
            }

            writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            writer.Write('\n');
            count++;
        }

        return count;
    }

    private static void WriteValue(Utf8JsonWriter json, FieldValue value)
    {
        switch (value.Kind)
        {
            case FieldValueKind.Null:
                json.WriteNullValue();
                break;
            case FieldValueKind.Number:
                json.WriteRawValue(value.Scalar!);
                break;
            case FieldValueKind.Boolean:
                json.WriteBooleanValue(value.Scalar == "true");
                break;
            case FieldValueKind.List:
                json.WriteStartArray();
                foreach (var item in value.Items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            case FieldValueKind.Group:
                json.WriteStartObject();
                foreach (var member in value.Members)
                {
                    json.WritePropertyName(member.Name);
                    WriteValue(json, member.Value);
                }

                json.WriteEndObject();
                break;
            default:
                json.WriteStringValue(value.Scalar);
                break;
        }
    }
}
