using System.Globalization;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Writes the decoding of a kind whose records read each field from their row when asked for (see
/// <see cref="DecoderEmitter.DeferredKinds"/>): the record reader, which only steps over the row, and a nested
/// <c>{Kind}Fields</c> class with one reader per field, named after the field's property, that the record
/// class's properties call. The fields are read in the schema's order, as <see cref="DecoderEmitter"/> reads
/// an eager kind's, so both follow the one encoding of RecordEncoder.
/// </summary>
internal static class RowReadKindEmitter
{
    // The nested class's own members; a field whose property had one of these names would clash with them.
    private static readonly string[] ReservedNames = { "Count", "At", "Skip" };

    /// <summary>Writes the kind's reader and its fields class; <paramref name="rowListFields"/> numbers its list fields after those of the kinds before it.</summary>
    public static void Write(SourceWriter w, KindDef kind, ref int rowListFields)
    {
        var type = kind.ClrType;
        var fields = kind.Fields;
        w.Line(DecoderEmitter.HotPathAttribute);
        w.Open($"private static {type} Read{type}(ref RecordReader r)");
        w.Line("// The record reads its fields when asked; stepping over them here lets the store check the row ends where the schema says.");
        w.Line("r.ReadNumber(); // the id");
        w.Line($"{type}Fields.Skip(ref r, {type}Fields.Count);");
        w.Line($"return new {type}();");
        w.Close();
        w.Line();
        w.Line($"/// <summary>The fields of the row of {kind.Description} ({type}) after its id, in schema order, each read from the row by the property of its name.</summary>");
        w.Open($"internal static class {type}Fields");
        w.Line("/// <summary>How many fields the row holds after the id.</summary>");
        w.Line($"internal const int Count = {N(fields.Count)};");
        w.Line();
        w.Line("/// <summary>A reader standing at the record's field number <paramref name=\"field\"/> (0 is the first after the id).</summary>");
        w.Line(DecoderEmitter.HotPathAttribute);
        w.Open("internal static RecordReader At(Record record, int field)");
        w.Line("var r = record.Store.ReaderAt(record.Position, 0);");
        w.Line("r.ReadNumber(); // the parent prefix");
        w.Line("r.ReadNumber(); // the id");
        w.Line("Skip(ref r, field);");
        w.Line("return r;");
        w.Close();
        w.Line();
        w.Line("/// <summary>Steps over the first <paramref name=\"fields\"/> fields after the id.</summary>");
        w.Line(DecoderEmitter.HotPathAttribute);
        w.Open("internal static void Skip(ref RecordReader r, int fields)");
        w.Open("for (var field = 0; field < fields; field++)");
        w.Open("switch (field)");
        for (var i = 0; i < fields.Count; i++)
        {
            w.Line($"case {N(i)}: // {fields[i].Name}");
            w.Line("    " + DecoderEmitter.Skip(fields[i]));
            w.Line("    break;");
        }

        w.Close();
        w.Close();
        w.Close();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (System.Array.IndexOf(ReservedNames, field.PropertyName) >= 0)
            {
                throw new System.InvalidOperationException($"{type}.{field.PropertyName} would clash with {type}Fields' own member of that name; rename the member in {nameof(RowReadKindEmitter)}.");
            }

            w.Line();
            w.Line(DecoderEmitter.HotPathAttribute);
            w.Line($"internal static {TypeOf(field)} {field.PropertyName}(Record record) => {ReadAt(field, $"At(record, {N(i)})", ref rowListFields)};");
        }

        w.Close();
    }

    private static string ReadAt(FieldDef field, string reader, ref int rowListFields) => field.Type switch
    {
        // A list hands out a view; the store keeps its items, by the field's number.
        FieldType.ObjectList => $"RowList<{field.Item!.ClrType}>.At(record, {reader}, Read{field.Item.ClrType}, {N(rowListFields++)})",
        FieldType.RefList => $"RowReferenceList<{field.ClrType}>.At(record, {reader})",
        _ => DecoderEmitter.Read(field, reader),
    };

    private static string TypeOf(FieldDef field) => field.Type switch
    {
        FieldType.String or FieldType.Text => Optional("string", field),
        FieldType.Decimal => Optional("decimal", field),
        FieldType.Integer => "int?",
        FieldType.Enum or FieldType.Ref => Optional(field.ClrType, field),
        FieldType.Date => "PartialDate",
        FieldType.RefList => $"System.Collections.Generic.IReadOnlyList<{field.ClrType}>",
        FieldType.StringList => "System.Collections.Generic.IReadOnlyList<string>",
        FieldType.ObjectList => $"System.Collections.Generic.IReadOnlyList<{field.Item!.ClrType}>",
        _ => throw new System.InvalidOperationException($"No property type for a {field.Type} field ({field.Name})."),
    };

    private static string Optional(string type, FieldDef field) => field.Required ? type : type + "?";

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
