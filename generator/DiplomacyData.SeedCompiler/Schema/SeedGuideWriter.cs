using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DiplomacyData.SeedCompiler.Schema;

/// <summary>
/// Writes the field reference of seeds/README.md from <see cref="SeedSchema"/>: one table per record
/// kind and per nested object, with each field's type, whether it is required and what it may hold.
/// A test splices it between the guide's markers and fails when the checked-in text differs, so the
/// guide cannot list a field the compiler does not know, or miss one it does.
/// </summary>
internal static class SeedGuideWriter
{
    public const string BeginMarker = "<!-- BEGIN field reference: generated from SeedSchema by SeedGuideTests; do not edit by hand -->";
    public const string EndMarker = "<!-- END field reference -->";

    // The objects a record holds, each given its own table under this name: the schema's list, and the inferred date.
    private static readonly (string Name, ObjectDef Item)[] Items =
        SeedSchema.Items.Select(item => (item.Name, (ObjectDef)item.Definition)).Append(("inferred or bounded date", SeedSchema.ReasonedDate)).ToArray();

    public static string Write() => Write(SeedSchema.Kinds);

    /// <summary>The reference for a list of kinds (the real ones, or a variant a test builds).</summary>
    public static string Write(IReadOnlyList<KindDef> kinds)
    {
        var text = new StringBuilder();
        foreach (var kind in kinds)
        {
            text.Append("\n### ").Append(kind.JsonKey).Append(" (").Append(kind.Description).Append(")\n\n");
            WriteTable(text, kind, kinds, isKind: true);
        }

        foreach (var (name, item) in Items)
        {
            text.Append("\n### ").Append(name).Append(" (").Append(item.Description).Append(", inside a record)\n\n");
            WriteTable(text, item, kinds, isKind: false);
        }

        return text.ToString();
    }

    private static void WriteTable(StringBuilder text, ObjectDef definition, IReadOnlyList<KindDef> kinds, bool isKind)
    {
        text.Append("| Field | Type | Required | Values |\n|---|---|---|---|\n");
        if (isKind)
        {
            Row(text, "id", "id", "yes", "lower-case words joined by `-`, unique in the dataset");
        }

        foreach (var field in definition.Fields.Where(f => !f.IsComputed))
        {
            Row(text, field.Name, TypeOf(field), Required(field, definition), Values(field, kinds));
        }
    }

    private static void Row(StringBuilder text, string name, string type, string required, string values) =>
        text.Append("| `").Append(name).Append("` | ").Append(type).Append(" | ").Append(required).Append(" | ").Append(values).Append(" |\n");

    // Evidence is checked for facts by its own rule (DD0016), not as a required field, so the guide says so.
    private static string Required(FieldDef field, ObjectDef definition) =>
        field.Required ? "yes"
        : field.Type == FieldType.ObjectList && field.Item == SeedSchema.Evidence && definition is KindDef { IsFact: true } ? "yes (at least one)"
        : "no";

    private static string TypeOf(FieldDef field) => field.Type switch
    {
        FieldType.String => "string",
        FieldType.Text => "text",
        FieldType.Integer => "whole number",
        FieldType.Decimal => "number",
        FieldType.Date => "date",
        FieldType.Enum => "word",
        FieldType.Ref => "id",
        FieldType.RefList => "list of ids",
        FieldType.StringList => "list of strings",
        _ => "list of objects",
    };

    private static string Values(FieldDef field, IReadOnlyList<KindDef> kinds) => field.Type switch
    {
        FieldType.Integer => "1 or more",
        FieldType.Date => "`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or an *inferred or bounded date* object",
        FieldType.ObjectList => "each " + field.Item!.Description + ": see *" + Items.First(i => i.Item == field.Item).Name + "*",
        FieldType.Enum => string.Join(", ", field.EnumValues.Select(v => "`" + v + "`")),
        FieldType.Ref => "the id of " + Targets(field, kinds),
        FieldType.RefList => "each the id of " + Targets(field, kinds),
        FieldType.String when field.ValueRule is { } rule => rule.Expected,
        FieldType.StringList when field.ValueRule is { } rule => "each " + rule.Expected,
        FieldType.Text when field.ShippedWords > 0 =>
            "the whole sentence; the package keeps its first " + field.ShippedWords.ToString(CultureInfo.InvariantCulture) + " words",
        _ => "",
    };

    private static string Targets(FieldDef field, IReadOnlyList<KindDef> kinds) =>
        string.Join(" or ", field.RefKinds.Select(k => kinds.First(kind => kind.JsonKey == k).Description));
}
