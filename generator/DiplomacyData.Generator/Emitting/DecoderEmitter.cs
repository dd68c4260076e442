using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.SeedCompiler.Tables;
using DiplomacyData.TableFormat;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Writes the reader for a record row from the same schema <see cref="RecordEncoder"/> encodes with.
/// Every record is built through its constructor with named arguments, and every kind and enum value
/// is written by name (<c>RecordKind.Event =&gt; ReadEvent</c>, <c>ParticipantRole.Host</c>), so a runtime
/// type that drifts from the schema is a compile error in the library, not a silent misread.
/// </summary>
internal static class DecoderEmitter
{
    /// <summary>The decoder depends only on the schema, never on the data, so it is emitted once per schema.</summary>
    public static string Emit()
    {
        var w = new SourceWriter();
        w.Header("Reads one record row of DatasetBlob.Records; mirrors the encoding of RecordEncoder.");
        w.Line("namespace DiplomacyData;");
        w.Line();
        w.Open("internal static partial class DatasetDecoder");
        w.Line(DecodeOptimization.Attribute);
        w.Open("internal static partial Record Read(RecordKind kind, ref RecordReader r) => kind switch");
        foreach (var kind in SeedSchema.Kinds)
        {
            w.Line($"RecordKind.{kind.ClrType} => Read{kind.ClrType}(ref r),");
        }

        w.Line("_ => throw new System.ArgumentOutOfRangeException(nameof(kind)),");
        w.Close(";");
        WriteEnumTables(w);
        WriteDates(w);
        var rowListFields = 0;
        foreach (var kind in SeedSchema.Kinds)
        {
            w.Line();
            if (kind.ReadsFromRow)
            {
                RowReadKindEmitter.Write(w, kind, ref rowListFields);
                continue;
            }

            if (kind.DetailFields.Count > 0)
            {
                throw new System.InvalidOperationException($"{kind.ClrType} has detail fields but is read eagerly; only a kind that ReadsFromRow has a details row.");
            }

            w.Line($"private static {kind.ClrType} Read{kind.ClrType}(ref RecordReader r) => new {kind.ClrType}(");
            var arguments = new List<string> { "id: r.ReadText()" };
            arguments.AddRange(kind.Fields.Select(Argument));
            WriteArguments(w, arguments, ");");
        }

        w.Line();
        w.Line("/// <summary>How many list fields the row-read kinds have: the store keeps each one's decoded items apart (RowItems).</summary>");
        w.Line($"internal const int RowListFields = {rowListFields.ToString(System.Globalization.CultureInfo.InvariantCulture)};");
        WriteItems(w);

        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// One array per enum type, its members by name in the schema's order: the rows hold a value's
    /// position in the schema's list, and the array turns it into the member of that name, whatever
    /// the member's number in the C# enum.
    /// </summary>
    private static void WriteEnumTables(SourceWriter w)
    {
        var enums = new SortedDictionary<string, IReadOnlyList<string>>(System.StringComparer.Ordinal);
        foreach (var field in AllFields())
        {
            if (field.Type != FieldType.Enum)
            {
                continue;
            }

            if (enums.TryGetValue(field.ClrType, out var values) && !values.SequenceEqual(field.EnumValues, System.StringComparer.Ordinal))
            {
                throw new System.InvalidOperationException($"The schema gives {field.ClrType} two different lists of values.");
            }

            enums[field.ClrType] = field.EnumValues;
        }

        foreach (var pair in enums)
        {
            w.Line();
            w.Line($"/// <summary>The members of <see cref=\"{pair.Key}\"/> in the order the schema lists their seed spellings.</summary>");
            w.Line($"private static readonly {pair.Key}[] {EnumTable(pair.Key)} = {{ {string.Join(", ", pair.Value.Select(v => pair.Key + "." + SeedNaming.EnumMember(v)))} }};");
        }
    }

    /// <summary>Each kind's date fields as (property name, value) pairs, so Record.Dates follows the schema.</summary>
    private static void WriteDates(SourceWriter w)
    {
        w.Line();
        w.Open("internal static partial RecordDate[] DatesOf(Record record) => record switch");
        foreach (var kind in SeedSchema.Kinds)
        {
            var dates = kind.Fields.Where(field => field.Type == FieldType.Date).Select(field => field.PropertyName).ToList();
            if (dates.Count > 0)
            {
                w.Line($"{kind.ClrType} r => new[] {{ {string.Join(", ", dates.Select(property => $"new RecordDate(\"{property}\", r.{property})"))} }},");
            }
        }

        w.Line("_ => System.Array.Empty<RecordDate>(),");
        w.Close(";");
    }

    /// <summary>
    /// For each kind of object records hold, a reader that builds one; and for those a row-read kind holds,
    /// a skipper that steps over one, so the list can be left in the row and read with the reader when it is
    /// first asked for.
    /// </summary>
    private static void WriteItems(SourceWriter w)
    {
        var skipped = new HashSet<string>(
            SeedSchema.Kinds.Where(kind => kind.ReadsFromRow).SelectMany(kind => kind.Fields).Where(field => field.Item is not null).Select(field => field.Item!.ClrType),
            System.StringComparer.Ordinal);
        var items = AllFields().Where(field => field.Item is not null).Select(field => field.Item!)
            .GroupBy(item => item.ClrType, System.StringComparer.Ordinal).Select(group => group.First())
            .OrderBy(item => item.ClrType, System.StringComparer.Ordinal);
        foreach (var item in items)
        {
            w.Line();
            w.Line($"internal static {item.ClrType} Read{item.ClrType}(ref RecordReader r) => new {item.ClrType}(");
            WriteArguments(w, item.Fields.Select(Argument).ToList(), ");");
            if (skipped.Contains(item.ClrType))
            {
                w.Line();
                w.Line(DecodeOptimization.Attribute);
                w.Open($"internal static void Skip{item.ClrType}(ref RecordReader r)");
                foreach (var field in item.Fields)
                {
                    w.Line(Skip(field));
                }

                w.Close();
            }
        }
    }

    private static IEnumerable<FieldDef> AllFields() =>
        SeedSchema.Kinds.SelectMany(kind => kind.Fields).SelectMany(field => field.Item is null ? new[] { field } : field.Item.Fields.Prepend(field));

    internal static string EnumTable(string clrType) => clrType + "Values";

    private static void WriteArguments(SourceWriter w, IReadOnlyList<string> arguments, string end)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            w.Line("    " + arguments[i] + (i == arguments.Count - 1 ? end : ","));
        }
    }

    private static string Argument(FieldDef field) => $"{Parameter(field.Name)}: {Read(field)}";

    internal static string Read(FieldDef field, string r = "r") => field.Type switch
    {
        FieldType.String or FieldType.Text => field.Required ? $"{r}.ReadRequiredText()" : $"{r}.ReadOptionalText()",
        FieldType.Decimal => field.Required ? $"{r}.ReadRequiredDecimal()" : $"{r}.ReadOptionalDecimal()",
        FieldType.Integer => $"{r}.ReadOptionalInt32()",
        FieldType.Enum => field.Required
            ? $"{EnumTable(field.ClrType)}[{r}.ReadRequiredEnum()]"
            : $"{r}.ReadOptionalEnum() is int {field.Name}Value ? {EnumTable(field.ClrType)}[{field.Name}Value] : null",
        FieldType.Date => $"{r}.ReadDate()",
        FieldType.Ref => field.Required ? $"{r}.ReadRequiredRef<{field.ClrType}>()" : $"{r}.ReadOptionalRef<{field.ClrType}>()",
        FieldType.RefList => $"{r}.ReadRefList<{field.ClrType}>()",
        FieldType.StringList => $"{r}.ReadTextList()",
        FieldType.ObjectList => $"{r}.ReadList(Read{field.Item!.ClrType})",
        _ => throw new System.InvalidOperationException("No reader for " + field.Type),
    };

    /// <summary>Steps over a field of a row-read kind, or of an object in one of its lists.</summary>
    internal static string Skip(FieldDef field) => field.Type switch
    {
        FieldType.String or FieldType.Text or FieldType.Decimal or FieldType.Integer or FieldType.Enum or FieldType.Ref => "r.ReadNumber();",
        FieldType.RefList or FieldType.StringList => "r.SkipNumberList();",
        FieldType.Date => "r.SkipDate();",
        FieldType.ObjectList => $"r.SkipList(Skip{field.Item!.ClrType});",
        _ => throw new System.InvalidOperationException($"No skipper for a {field.Type} field ({field.Name}); add one to {nameof(DecoderEmitter)} and RecordReader."),
    };

    private static string Parameter(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
