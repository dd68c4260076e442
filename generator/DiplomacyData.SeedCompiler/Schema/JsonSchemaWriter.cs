using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DiplomacyData.SeedCompiler.Schema;

/// <summary>
/// Writes seeds/schema/seed.schema.json from <see cref="SeedSchema"/>, so that editors check seeds
/// against the same rules the compiler applies. A test regenerates it and fails when the checked-in
/// file differs, so the two cannot drift apart.
/// </summary>
internal static class JsonSchemaWriter
{
    public const string IdPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
    public const string DatePattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    public static string Write() => Write(SeedSchema.Kinds);

    /// <summary>
    /// The JSON Schema for a list of kinds: the real ones, or a variant a test builds to show that a
    /// field added to a kind reaches the editor schema with no other change.
    /// </summary>
    public static string Write(IReadOnlyList<KindDef> kinds)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("title", "DiplomacyData seed file");
            json.WriteString("description", "A seed file of the DiplomacyData dataset; see seeds/README.md. Generated from the seed compiler's schema: do not edit by hand.");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("type", "string");
            json.WriteEndObject();
            foreach (var kind in kinds)
            {
                json.WriteStartObject(kind.JsonKey);
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("$ref", "#/$defs/" + kind.JsonKey);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);

            json.WriteStartObject("$defs");
            json.WriteStartObject("id");
            json.WriteString("type", "string");
            json.WriteString("pattern", IdPattern);
            json.WriteEndObject();
            json.WriteStartObject("date");
            json.WriteStartArray("oneOf");
            json.WriteStartObject();
            json.WriteString("type", "string");
            json.WriteString("pattern", DatePattern);
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("$ref", "#/$defs/reasonedDate");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            WriteObject(json, "reasonedDate", SeedSchema.ReasonedDate, kinds, withId: false);
            foreach (var item in SeedSchema.Items)
            {
                WriteObject(json, item.Name, item.Definition, kinds, withId: false);
            }

            foreach (var kind in kinds)
            {
                WriteObject(json, kind.JsonKey, kind, kinds, withId: true);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteObject(Utf8JsonWriter json, string name, ObjectDef definition, IReadOnlyList<KindDef> kinds, bool withId)
    {
        var fields = definition.Fields.Where(f => !f.IsComputed).ToList();
        json.WriteStartObject(name);
        json.WriteString("description", definition.Description);
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        if (withId)
        {
            json.WriteStringValue("id");
        }

        foreach (var field in fields.Where(f => f.Required))
        {
            json.WriteStringValue(field.Name);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        if (withId)
        {
            json.WriteStartObject("id");
            json.WriteString("$ref", "#/$defs/id");
            json.WriteEndObject();
        }

        foreach (var field in fields)
        {
            json.WriteStartObject(field.Name);
            WriteField(json, field, kinds);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, FieldDef field, IReadOnlyList<KindDef> kinds)
    {
        switch (field.Type)
        {
            case FieldType.String:
                json.WriteString("type", "string");
                json.WriteNumber("minLength", 1);
                if (field.ValueRule is { } stringRule)
                {
                    json.WriteString("pattern", stringRule.Pattern);
                }

                break;
            case FieldType.Text:
                json.WriteString("type", "string");
                break;
            case FieldType.Integer:
                json.WriteString("type", "integer");
                json.WriteNumber("minimum", 1);
                break;
            case FieldType.Decimal:
                json.WriteString("type", "number");
                break;
            case FieldType.Date:
                json.WriteString("$ref", "#/$defs/date");
                break;
            case FieldType.Enum:
                json.WriteStartArray("enum");
                foreach (var value in field.EnumValues)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
                break;
            case FieldType.Ref:
                json.WriteString("$ref", "#/$defs/id");
                json.WriteString("description", "The id of " + string.Join(" or ", field.RefKinds.Select(k => kinds.First(kind => kind.JsonKey == k).Description)) + ".");
                break;
            case FieldType.RefList:
            case FieldType.StringList:
            case FieldType.ObjectList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                if (field.Type == FieldType.RefList)
                {
                    json.WriteString("$ref", "#/$defs/id");
                }
                else if (field.Type == FieldType.ObjectList)
                {
                    json.WriteString("$ref", "#/$defs/" + ItemDefinitionName(field.Item!));
                }
                else
                {
                    json.WriteString("type", "string");
                    if (field.ValueRule is { } rule)
                    {
                        json.WriteString("pattern", rule.Pattern);
                    }
                }

                json.WriteEndObject();
                break;
        }
    }

    private static string ItemDefinitionName(ObjectDef item) => SeedSchema.ItemNamed(item);
}
