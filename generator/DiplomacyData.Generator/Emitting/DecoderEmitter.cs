using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.SeedCompiler.Tables;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Writes the reader for a record row from the same schema <see cref="RecordEncoder"/> encodes with.
/// Every record is built through its constructor with named arguments, so a runtime type that
/// drifts from the schema is a compile error in the library, not a silent misread.
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
        w.Open("internal static class DatasetDecoder");
        w.Line("/// <summary>Reads a record of the kind at this position in the schema; the reader stands after the row's parent prefix.</summary>");
        w.Open("internal static Record Read(int kind, ref RecordReader r) => kind switch");
        for (var i = 0; i < SeedSchema.Kinds.Count; i++)
        {
            w.Line($"{i.ToString(System.Globalization.CultureInfo.InvariantCulture)} => Read{SeedSchema.Kinds[i].ClrType}(ref r),");
        }

        w.Line("_ => throw new System.ArgumentOutOfRangeException(nameof(kind)),");
        w.Close(";");
        foreach (var kind in SeedSchema.Kinds)
        {
            w.Line();
            w.Line($"private static {kind.ClrType} Read{kind.ClrType}(ref RecordReader r) => new {kind.ClrType}(");
            var arguments = new List<string> { "id: r.ReadText()" };
            arguments.AddRange(kind.Fields.Select(Argument));
            WriteArguments(w, arguments, ");");
        }

        w.Close();
        return w.ToString();
    }

    private static void WriteArguments(SourceWriter w, IReadOnlyList<string> arguments, string end)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            w.Line("    " + arguments[i] + (i == arguments.Count - 1 ? end : ","));
        }
    }

    private static string Argument(FieldDef field) => $"{Parameter(field.Name)}: {Read(field)}";

    private static string Read(FieldDef field) => field.Type switch
    {
        FieldType.String or FieldType.Text => field.Required ? "r.ReadRequiredText()" : "r.ReadOptionalText()",
        FieldType.Decimal => field.Required ? "r.ReadRequiredDecimal()" : "r.ReadOptionalDecimal()",
        FieldType.Integer => "r.ReadOptionalInt32()",
        FieldType.Enum => field.Required
            ? $"({field.ClrType})r.ReadRequiredEnum()"
            : $"r.ReadOptionalEnum() is int {field.Name}Value ? ({field.ClrType}?){field.Name}Value : null",
        FieldType.Date => "r.ReadDate()",
        FieldType.Ref => field.Required ? $"r.ReadRequiredRef<{field.ClrType}>()" : $"r.ReadOptionalRef<{field.ClrType}>()",
        FieldType.RefList => $"r.ReadRefList<{field.ClrType}>()",
        FieldType.StringList => "r.ReadTextList()",
        FieldType.ObjectList => $"r.ReadList(static (ref RecordReader r) => new {field.Item!.ClrType}({string.Join(", ", field.Item!.Fields.Select(Argument))}))",
        _ => throw new System.InvalidOperationException("No reader for " + field.Type),
    };

    private static string Parameter(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
