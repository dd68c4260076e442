using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generator.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Writes the reader for the byte table from the same schema <see cref="BlobWriter"/> encodes with.
/// Every record is built through its constructor with named arguments, so a runtime type that
/// drifts from the schema is a compile error in the library, not a silent misread.
/// </summary>
internal static class DecoderEmitter
{
    /// <summary>The decoder depends only on the schema, never on the data, so it is emitted once per schema.</summary>
    public static string Emit()
    {
        var w = new SourceWriter();
        w.Header("Reads DatasetBlob.Bytes into records; mirrors the encoding of BlobWriter.");
        w.Line("namespace DiplomacyData;");
        w.Line();
        w.Open("internal static class DatasetDecoder");
        w.Line($"internal const int FormatVersion = {BlobWriter.FormatVersion};");
        w.Line();
        w.Open("internal static DatasetTables Decode(DatasetReader r)");
        foreach (var kind in SeedSchema.Kinds)
        {
            w.Line($"var {Variable(kind)} = r.ReadRecords(static r => new {kind.ClrType}(");
            var arguments = new List<string> { "id: r.ReadText()" };
            arguments.AddRange(kind.Fields.Select(Argument));
            WriteArguments(w, arguments, "));");
        }

        w.Line("return new DatasetTables(");
        WriteArguments(w, SeedSchema.Kinds.Select(k => $"{Variable(k)}: {Variable(k)}").ToList(), ");");
        w.Close();
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
        FieldType.ObjectList => $"r.ReadList(static r => new {field.Item!.ClrType}({string.Join(", ", field.Item!.Fields.Select(Argument))}))",
        _ => throw new System.InvalidOperationException("No reader for " + field.Type),
    };

    private static string Variable(KindDef kind) => Parameter(kind.JsonKey);

    private static string Parameter(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
