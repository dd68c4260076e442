using System.Collections.Generic;
using DiplomacyData.SeedCompiler.Schema.Rules;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Schema;

/// <summary>One field of a seed record: its JSON name, value type, and what it may refer to.</summary>
internal sealed class FieldDef
{
    private string? _propertyName;

    private FieldDef(string name, FieldType type, bool required)
    {
        Name = name;
        Type = type;
        Required = required;
    }

    /// <summary>The JSON property name, which is also the runtime constructor parameter name.</summary>
    public string Name { get; }

    public FieldType Type { get; }

    public bool Required { get; }

    /// <summary>Filled in by the compiler (a source's content hash, the sources that use an entity's aliases), never written in a seed file.</summary>
    public bool IsComputed { get; private set; }

    /// <summary>
    /// When above zero, the seed holds a whole sentence (checked against its source at build time) but
    /// the package carries only its first this-many words, verbatim: an exclusion quotes every sentence
    /// it leaves out, and shipping them whole would ship the articles' full text.
    /// </summary>
    public int ShippedWords { get; private set; }

    /// <summary>For references: the record kinds (JSON keys) the id may name.</summary>
    public IReadOnlyList<string> RefKinds { get; private set; } = System.Array.Empty<string>();

    /// <summary>For references: the runtime type the reference is read as.</summary>
    public string ClrType { get; private set; } = "";

    /// <summary>For enums: the allowed words, in the order of the runtime enum's members.</summary>
    public IReadOnlyList<string> EnumValues { get; private set; } = System.Array.Empty<string>();

    /// <summary>For object lists: the shape of each item.</summary>
    public ObjectDef? Item { get; private set; }

    /// <summary>For strings and lists of strings: the rule every value must keep (checked by the parser, DD0015), or null.</summary>
    public TextRule? ValueRule { get; private set; }

    /// <summary>The reference to a record of the same kind that puts records in a hierarchy (topics, places, organizations, events).</summary>
    public bool IsParent { get; private set; }

    /// <summary>
    /// Kept in the record's details row (the RecordDetails table) rather than its main row: for the kinds read
    /// in bulk (events), the texts and lists a query over every record seldom reads, so that such a query
    /// inflates and walks only the main rows. See <see cref="AsDetail"/>.
    /// </summary>
    public bool IsDetail { get; private set; }

    /// <summary>
    /// The name of the record type's property that holds this field: the field's name in PascalCase
    /// (<c>endDate</c> is <c>EndDate</c>), unless <see cref="AsProperty"/> names another (<c>plover</c> is read as
    /// <c>PloverCodes</c>). The generated decoder and the explorer's export columns find the property through
    /// it, so a field is declared here and on its record type only.
    /// </summary>
    public string PropertyName => _propertyName ?? SeedNaming.ToPascal(Name);

    /// <summary>Names the property the record type reads this field as (see <see cref="PropertyName"/>).</summary>
    public FieldDef AsProperty(string propertyName)
    {
        _propertyName = propertyName;
        return this;
    }

    /// <summary>Moves the field to the record's details row (see <see cref="IsDetail"/>).</summary>
    public FieldDef AsDetail()
    {
        IsDetail = true;
        return this;
    }

    public static FieldDef Str(string name, bool required = false, TextRule? rule = null) => new(name, FieldType.String, required) { ValueRule = rule };

    public static FieldDef Computed(string name) => new(name, FieldType.String, false) { IsComputed = true };

    /// <summary>A list of objects the compiler fills in, such as each alias with a source that uses it.</summary>
    public static FieldDef ComputedObjects(string name, ObjectDef item) =>
        new(name, FieldType.ObjectList, false) { Item = item, ClrType = item.ClrType, IsComputed = true };

    public static FieldDef Text(string name, bool required = false) => new(name, FieldType.Text, required);

    /// <summary>A required text the package ships only the opening <paramref name="words"/> of (see <see cref="ShippedWords"/>).</summary>
    public static FieldDef OpeningWords(string name, int words) => new(name, FieldType.Text, true) { ShippedWords = words };

    public static FieldDef Int(string name) => new(name, FieldType.Integer, false);

    public static FieldDef Dec(string name, bool required = false) => new(name, FieldType.Decimal, required);

    public static FieldDef Date(string name) => new(name, FieldType.Date, false);

    public static FieldDef Strings(string name, TextRule? rule = null) => new(name, FieldType.StringList, false) { ValueRule = rule };

    public static FieldDef Enum(string name, string clrType, bool required, params string[] values) =>
        new(name, FieldType.Enum, required) { ClrType = clrType, EnumValues = values };

    public static FieldDef Ref(string name, string clrType, bool required, params string[] kinds) =>
        new(name, FieldType.Ref, required) { ClrType = clrType, RefKinds = kinds };

    /// <summary>The optional "parent" reference to a record of the same kind; parent chains must end (DD0010).</summary>
    public static FieldDef Parent(string clrType, string kind) =>
        new("parent", FieldType.Ref, false) { ClrType = clrType, RefKinds = new[] { kind }, IsParent = true };

    public static FieldDef Refs(string name, string clrType, bool required, params string[] kinds) =>
        new(name, FieldType.RefList, required) { ClrType = clrType, RefKinds = kinds };

    public static FieldDef Objects(string name, ObjectDef item, bool required = false) =>
        new(name, FieldType.ObjectList, required) { Item = item, ClrType = item.ClrType };
}
