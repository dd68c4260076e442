using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Parquet.Schema;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// One column of a Parquet table, typed from a field's shape and <see cref="ColumnType"/>: a scalar is a
/// nullable string, int, decimal or DATE; a list is a LIST of strings; a list of groups is a LIST of STRUCTs
/// whose members are strings or LISTs of strings. Readers (Spark, DuckDB, pandas, BigQuery) take these as
/// they are, with no parsing of joined cells.
/// </summary>
internal sealed class ParquetColumn
{
    private ParquetColumn(string name, FieldShape shape, ColumnType type, IReadOnlyList<string> members, IReadOnlyList<FieldShape> memberShapes)
    {
        Name = name;
        Shape = shape;
        Type = type;
        Members = members;
        MemberShapes = memberShapes;
        Field = FieldOf();
    }

    public string Name { get; }

    public FieldShape Shape { get; }

    public ColumnType Type { get; }

    public IReadOnlyList<string> Members { get; }

    public IReadOnlyList<FieldShape> MemberShapes { get; }

    /// <summary>The column in the file's schema.</summary>
    public Field Field { get; }

    public static ParquetColumn Of(FieldDefinition definition) =>
        new(definition.Name, definition.Shape, definition.Type, definition.Members, definition.MemberShapes);

    public static ParquetColumn Scalar(string name, ColumnType type) => new(name, FieldShape.Scalar, type, [], []);

    public static ParquetColumn List(string name) => new(name, FieldShape.List, ColumnType.Text, [], []);

    /// <summary>
    /// A value as the untyped serializer takes it: a scalar of the column's type (a day comes from
    /// <paramref name="day"/>, as the value holds its text at its precision), a list as an array of texts,
    /// a group as a dictionary of its members.
    /// </summary>
    public object? ValueOf(FieldValue value, Func<DateOnly?> day) => Shape switch
    {
        FieldShape.List => Strings(value),
        FieldShape.GroupList => value.Items.Select(Group).ToArray(),
        _ => Type switch
        {
            ColumnType.Day => day(),
            ColumnType.Integer => value.Scalar is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null,
            ColumnType.Decimal => value.Scalar is { } text ? decimal.Parse(text, CultureInfo.InvariantCulture) : null,
            _ => Text(value.Scalar),
        },
    };

    // The untyped serializer takes text as ReadOnlyMemory<char>, not string.
    private static ReadOnlyMemory<char>? Text(string? text) => text?.AsMemory();

    private static ReadOnlyMemory<char>?[] Strings(FieldValue list) => list.Items.Select(item => Text(item.Scalar)).ToArray();

    private Dictionary<string, object?> Group(FieldValue group) =>
        group.Members.Select((member, m) => (member.Name, Value: MemberShapes[m] == FieldShape.List ? (object?)Strings(member.Value) : Text(member.Value.Scalar)))
            .ToDictionary(member => member.Name, member => member.Value, StringComparer.Ordinal);

    private Field FieldOf() => Shape switch
    {
        FieldShape.List => new ListField(Name, new DataField<string>("element", nullable: true)),
        FieldShape.GroupList => new ListField(Name, new StructField("element", Members.Select((member, m) => MemberShapes[m] == FieldShape.List
            ? (Field)new ListField(member, new DataField<string>("element", nullable: true))
            : new DataField<string>(member, nullable: true)).ToArray())),
        _ => Type switch
        {
            ColumnType.Integer => new DataField<int?>(Name),
            ColumnType.Decimal => new DecimalDataField(Name, precision: 38, scale: 10, forceByteArrayEncoding: false, isNullable: true),
            ColumnType.Day => new DataField<DateOnly?>(Name),
            _ => new DataField<string>(Name, nullable: true),
        },
    };
}
