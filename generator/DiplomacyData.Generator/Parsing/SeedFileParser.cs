using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.Generator.Infrastructure;
using DiplomacyData.Generator.Json;
using DiplomacyData.Generator.Schema;

namespace DiplomacyData.Generator.Parsing;

/// <summary>
/// Checks one seed file against <see cref="SeedSchema"/>: shape, field names, types, enum words,
/// dates and characters. Everything that needs other files (ids, references, quotes) is the linker's.
/// </summary>
internal sealed class SeedFileParser
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SeedFileParser()
    {
    }

    public static SeedFile Parse(string filePath, string relativePath, string text) =>
        Parse(relativePath, SeedFileText.From(filePath, text));

    public static SeedFile Parse(string relativePath, SeedFileText text)
    {
        var parser = new SeedFileParser();
        var records = new List<SeedRecord>();
        var tree = JsonTreeReader.Read(text, parser._diagnostics);
        if (tree is not null)
        {
            parser.ReadFile(tree, records);
        }

        return new SeedFile(relativePath, text.Hash, records.ToEquatableArray(), parser._diagnostics.ToEquatableArray());
    }

    private void ReadFile(JsonTree tree, List<SeedRecord> records)
    {
        if (tree.Kind != JsonTreeKind.Object)
        {
            Report(Diagnostics.WrongType, tree.Location, "the seed file", "an object such as { \"people\": [ ... ] }", tree.KindName);
            return;
        }

        foreach (var member in tree.Members)
        {
            if (member.Name == "$schema")
            {
                continue;
            }

            var kind = SeedSchema.Kind(member.Name);
            if (kind is null)
            {
                var known = string.Join(", ", SeedSchema.Kinds.Select(k => k.JsonKey));
                Report(Diagnostics.UnknownProperty, member.NameLocation, member.Name, "a seed file", $"{Suggest(member.Name, SeedSchema.Kinds.Select(k => k.JsonKey))}the record kinds are: {known}");
                continue;
            }

            if (member.Value.Kind != JsonTreeKind.Array)
            {
                Report(Diagnostics.WrongType, member.Value.Location, member.Name, "an array of records", member.Value.KindName);
                continue;
            }

            foreach (var item in member.Value.Items)
            {
                var record = ReadRecord(kind, item);
                if (record is not null)
                {
                    records.Add(record);
                }
            }
        }
    }

    private SeedRecord? ReadRecord(KindDef kind, JsonTree node)
    {
        if (node.Kind != JsonTreeKind.Object)
        {
            Report(Diagnostics.WrongType, node.Location, kind.JsonKey + " item", kind.Description + " (an object)", node.KindName);
            return null;
        }

        var idMember = Member(node, "id");
        var values = ReadFields(kind, node, allowId: true);
        if (idMember is null)
        {
            Report(Diagnostics.MissingRequired, node.Location, Capitalize(kind.Description), "id");
            return null;
        }

        if (idMember.Value.Kind != JsonTreeKind.String)
        {
            Report(Diagnostics.WrongType, idMember.Value.Location, "id", "a string", idMember.Value.KindName);
            return null;
        }

        var id = idMember.Value.Text!;
        if (!TextRules.IsValidId(id))
        {
            Report(Diagnostics.InvalidId, idMember.Value.Location, id);
            return null;
        }

        return values is null ? null : new SeedRecord(kind.JsonKey, id, node.Location, idMember.Value.Location, values.Value);
    }

    /// <summary>Reads an object's fields in schema order; null when a required field is missing.</summary>
    private EquatableArray<SeedValue>? ReadFields(ObjectDef def, JsonTree node, bool allowId)
    {
        var complete = true;
        foreach (var member in node.Members)
        {
            if ((allowId && member.Name == "id") || def.Field(member.Name) is { IsComputed: false })
            {
                continue;
            }

            var names = def.Fields.Where(f => !f.IsComputed).Select(f => f.Name).ToList();
            Report(Diagnostics.UnknownProperty, member.NameLocation, member.Name, def.Description, $"{Suggest(member.Name, names)}its fields are: {(allowId ? "id, " : "")}{def.FieldNames}");
        }

        var values = new SeedValue[def.Fields.Count];
        for (var i = 0; i < def.Fields.Count; i++)
        {
            var field = def.Fields[i];
            var member = field.IsComputed ? null : Member(node, field.Name);
            if (member is null || member.Value.Kind == JsonTreeKind.Null)
            {
                if (field.Required)
                {
                    Report(Diagnostics.MissingRequired, member?.Value.Location ?? node.Location, Capitalize(def.Description), field.Name);
                    complete = false;
                }

                values[i] = SeedValue.Absent;
                continue;
            }

            var value = ReadValue(field, member.Value);
            if (value is null && field.Required)
            {
                complete = false;
            }

            values[i] = value ?? SeedValue.Absent;
        }

        return complete ? values.ToEquatableArray() : null;
    }

    private SeedValue? ReadValue(FieldDef field, JsonTree node)
    {
        switch (field.Type)
        {
            case FieldType.String:
            case FieldType.Text:
            case FieldType.Ref:
                return ReadString(field, node);
            case FieldType.Enum:
                return ReadEnum(field, node);
            case FieldType.Integer:
                return ReadNumber(field, node, integer: true);
            case FieldType.Decimal:
                return ReadNumber(field, node, integer: false);
            case FieldType.Date:
                return ReadDate(field, node);
            case FieldType.StringList:
            case FieldType.RefList:
            case FieldType.ObjectList:
                return ReadList(field, node);
            default:
                return null;
        }
    }

    private SeedValue? ReadString(FieldDef field, JsonTree node)
    {
        if (node.Kind != JsonTreeKind.String)
        {
            Report(Diagnostics.WrongType, node.Location, field.Name, field.Type == FieldType.Ref ? "an id (a string)" : "a string", node.KindName);
            return null;
        }

        var text = node.Text!;
        if (TextRules.TryFindHiddenCharacter(text, out var hidden, out var hiddenName))
        {
            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvisibleCharacter, node.Location, hidden.ToString("X4", CultureInfo.InvariantCulture), hiddenName));
            return null;
        }

        if (field.Type != FieldType.Text && TextRules.HasLineBreak(text))
        {
            Report(Diagnostics.WrongType, node.Location, field.Name, "a single line of text", "text with a line break");
            return null;
        }

        if (field.Type != FieldType.Text && text.Trim().Length == 0)
        {
            Report(Diagnostics.WrongType, node.Location, field.Name, "a non-empty string", "an empty string");
            return null;
        }

        return SeedValue.Scalar(text, node.Span);
    }

    private SeedValue? ReadEnum(FieldDef field, JsonTree node)
    {
        var value = ReadString(field, node);
        if (value is null)
        {
            return null;
        }

        if (!field.EnumValues.Contains(value.Text))
        {
            Report(Diagnostics.InvalidEnumValue, node.Location, value.Text!, field.Name, string.Join(", ", field.EnumValues));
            return null;
        }

        return value;
    }

    /// <summary>
    /// The largest whole number a seed may hold (an ordinal: the 4th dialogue). A bound far above any real
    /// ordinal keeps the encoded value, stored plus one with zero for "absent", inside an int.
    /// </summary>
    private const int MaxWholeNumber = 1_000_000;

    private SeedValue? ReadNumber(FieldDef field, JsonTree node, bool integer)
    {
        if (node.Kind != JsonTreeKind.Number)
        {
            Report(Diagnostics.WrongType, node.Location, field.Name, "a number", node.KindName);
            return null;
        }

        var text = node.Text!;
        var ok = integer
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) && whole is > 0 and <= MaxWholeNumber
            : decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
        if (!ok)
        {
            Report(Diagnostics.InvalidNumber, node.Location, text, integer ? "a whole number from 1 to 1,000,000" : "a decimal number within ±79,228,162,514,264,337,593,543,950,335");
            return null;
        }

        return SeedValue.Scalar(text, node.Span);
    }

    private SeedValue? ReadDate(FieldDef field, JsonTree node)
    {
        if (node.Kind == JsonTreeKind.String)
        {
            return CheckDate(node.Text!, node.Location) ? new SeedValue(SeedValueKind.Date, node.Text, EquatableArray<SeedValue>.Empty, node.Span) : null;
        }

        if (node.Kind != JsonTreeKind.Object)
        {
            Report(Diagnostics.WrongType, node.Location, field.Name, "a date such as \"2023-07\" or an object { \"inferred\": ..., \"reason\": ..., \"basis\": [...] }", node.KindName);
            return null;
        }

        var inferred = ReadFields(SeedSchema.InferredDate, node, allowId: false);
        if (inferred is null || inferred.Value[0].IsAbsent || !CheckDate(inferred.Value[0].Text!, inferred.Value[0].Location!))
        {
            return null;
        }

        return new SeedValue(SeedValueKind.Date, inferred.Value[0].Text, new[] { inferred.Value[1], inferred.Value[2] }.ToEquatableArray(), node.Span);
    }

    private bool CheckDate(string text, LocationInfo location)
    {
        if (PartialDateText.TryParse(text, out _, out _, out _, out var problem))
        {
            return true;
        }

        Report(Diagnostics.InvalidDate, location, text, problem);
        return false;
    }

    private SeedValue? ReadList(FieldDef field, JsonTree node)
    {
        if (node.Kind != JsonTreeKind.Array)
        {
            Report(Diagnostics.WrongType, node.Location, field.Name, "an array", node.KindName);
            return null;
        }

        var items = new List<SeedValue>();
        foreach (var item in node.Items)
        {
            SeedValue? value;
            if (field.Type == FieldType.ObjectList)
            {
                if (item.Kind != JsonTreeKind.Object)
                {
                    Report(Diagnostics.WrongType, item.Location, field.Name + " item", field.Item!.Description + " (an object)", item.KindName);
                    continue;
                }

                var fields = ReadFields(field.Item!, item, allowId: false);
                value = fields is null ? null : new SeedValue(SeedValueKind.Object, null, fields.Value, item.Span);
            }
            else
            {
                value = ReadString(field, item);
                if (value is not null && field.Name == "cameo" && !IsCameoCode(value.Text!))
                {
                    Report(Diagnostics.InvalidEnumValue, item.Location, value.Text!, "cameo", "a CAMEO code of two to four digits, such as \"036\" or \"0431\"");
                    value = null;
                }
            }

            if (value is not null)
            {
                items.Add(value);
            }
        }

        return new SeedValue(SeedValueKind.List, null, items.ToEquatableArray(), node.Span);
    }

    /// <summary>The object's property of this name, or null; a loop, as it runs for every field of every record.</summary>
    private static JsonMember? Member(JsonTree node, string name)
    {
        foreach (var member in node.Members)
        {
            if (string.Equals(member.Name, name, System.StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }

    private static bool IsCameoCode(string text) => text.Length is >= 2 and <= 4 && text.All(c => c is >= '0' and <= '9');

    private static string Suggest(string name, IEnumerable<string> candidates)
    {
        var nearest = Nearest.Find(name, candidates);
        return nearest is null ? "" : $"did you mean '{nearest}'? ";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
}
