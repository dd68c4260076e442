using System.Collections.Generic;
using System.Globalization;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Writes the decoding of a kind whose records read each field from their row when asked for (see
/// <see cref="KindDef.ReadsFromRow"/>): the record reader, which only steps over the row, and a nested
/// <c>{Kind}Fields</c> class with one reader per field, named after the field's property, that the record
/// class's properties call. The fields are read in the schema's order, as <see cref="DecoderEmitter"/> reads
/// an eager kind's, so both follow the one encoding of RecordEncoder.
/// </summary>
internal static class RowReadKindEmitter
{
    // The nested class's own members; a field whose property had one of these names would clash with them.
    private static readonly string[] ReservedNames = { "Count", "At", "DetailAt", "Skip", "SkipDetails" };

    /// <summary>Writes the kind's reader and its fields class; <paramref name="rowListFields"/> numbers its list fields after those of the kinds before it.</summary>
    public static void Write(SourceWriter w, KindDef kind, ref int rowListFields)
    {
        var type = kind.ClrType;
        var hasDetails = kind.DetailFields.Count > 0;
        w.Line(DecodeOptimization.Attribute);
        w.Open($"private static {type} Read{type}(ref RecordReader r)");
        w.Line("// The record reads its fields when asked; stepping over its main row here lets the store check the row ends where the schema says.");
        w.Line("r.ReadNumber(); // the id");
        if (hasDetails)
        {
            w.Line("r.ReadNumber(); // where the details row starts");
        }

        w.Line($"{type}Fields.Skip(ref r, {type}Fields.Count);");
        w.Line($"return new {type}();");
        w.Close();
        w.Line();
        w.Line($"/// <summary>The fields of {kind.Description} ({type}), each read from its row by the property of its name: the main row's after the id{(hasDetails ? ", then the details row's" : "")}, each row's in schema order.</summary>");
        w.Open($"internal static class {type}Fields");
        w.Line("/// <summary>How many fields the main row holds after the id.</summary>");
        w.Line($"internal const int Count = {N(kind.MainFields.Count)};");
        w.Line();
        w.Line("/// <summary>A reader standing at the main row's field number <paramref name=\"field\"/> (0 is the first after the id).</summary>");
        w.Line(DecodeOptimization.Attribute);
        w.Open("internal static RecordReader At(Record record, int field)");
        w.Line("var r = record.Store.ReaderAt(record.Position, 0);");
        w.Line("r.ReadNumber(); // the parent prefix");
        w.Line("r.ReadNumber(); // the id");
        if (hasDetails)
        {
            w.Line("r.ReadNumber(); // where the details row starts");
        }

        w.Line("Skip(ref r, field);");
        w.Line("return r;");
        w.Close();
        if (hasDetails)
        {
            w.Line();
            w.Line("/// <summary>A reader standing at the details row's field number <paramref name=\"field\"/>.</summary>");
            w.Line(DecodeOptimization.Attribute);
            w.Open("internal static RecordReader DetailAt(Record record, int field)");
            w.Line("var main = record.Store.ReaderAt(record.Position, 0);");
            w.Line("main.ReadNumber(); // the parent prefix");
            w.Line("main.ReadNumber(); // the id");
            w.Line("var r = record.Store.DetailsAt(main.ReadNumber());");
            w.Line("SkipDetails(ref r, field);");
            w.Line("return r;");
            w.Close();
        }

        WriteSkip(w, "Skip", "main row's", kind.MainFields);
        if (hasDetails)
        {
            WriteSkip(w, "SkipDetails", "details row's", kind.DetailFields);
        }

        // Each field's number in its own row: the main and detail fields each keep schema order.
        var mainField = 0;
        var detailField = 0;
        foreach (var field in kind.Fields)
        {
            if (System.Array.IndexOf(ReservedNames, field.PropertyName) >= 0)
            {
                throw new System.InvalidOperationException($"{type}.{field.PropertyName} would clash with {type}Fields' own member of that name; rename the member in {nameof(RowReadKindEmitter)}.");
            }

            var reader = field.IsDetail ? $"DetailAt(record, {N(detailField++)})" : $"At(record, {N(mainField++)})";
            w.Line();
            w.Line(DecodeOptimization.Attribute);
            w.Line($"internal static {TypeOf(field)} {field.PropertyName}(Record record) => {ReadAt(field, reader, ref rowListFields)};");
        }

        w.Close();
    }

    /// <summary>A method that steps over the first fields of a row, <paramref name="fields"/> being the row's fields in order.</summary>
    private static void WriteSkip(SourceWriter w, string name, string row, IReadOnlyList<FieldDef> fields)
    {
        w.Line();
        w.Line($"/// <summary>Steps over the first <paramref name=\"fields\"/> of the {row} fields.</summary>");
        w.Line(DecodeOptimization.Attribute);
        w.Open($"internal static void {name}(ref RecordReader r, int fields)");
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
