using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Export;

/// <summary>The shape every value of a field has, whatever the record.</summary>
public enum FieldShape
{
    /// <summary>One scalar, or null.</summary>
    Scalar,

    /// <summary>A list of scalars (ids, aliases, codes).</summary>
    List,

    /// <summary>A list of groups with the same members (participants: actor and role).</summary>
    GroupList,
}

/// <summary>What a scalar field's values (or a list's items) are, for a format with typed columns (Parquet).</summary>
public enum ColumnType
{
    /// <summary>Text: free text, an id, an enum member in seed spelling, a date's precision.</summary>
    Text,

    /// <summary>A whole number (an ordinal).</summary>
    Integer,

    /// <summary>A decimal number (a figure's value).</summary>
    Decimal,

    /// <summary>A day: a date's first day, or the first or last day it can be (see <see cref="FieldDefinition.DayOf"/>).</summary>
    Day,
}

/// <summary>
/// One field of one record kind: its name, its shape and, for a list of groups, the members' names.
/// Known without any record, so a writer can print the header of a kind that has no records.
/// </summary>
public sealed class FieldDefinition
{
    private readonly Func<Record, FieldValue> _read;
    private readonly Func<Record, DateOnly?>? _day;

    internal FieldDefinition(
        string name,
        FieldShape shape,
        IReadOnlyList<string> members,
        Func<Record, FieldValue> read,
        ColumnType type = ColumnType.Text,
        IReadOnlyList<FieldShape>? memberShapes = null,
        Func<Record, DateOnly?>? day = null)
    {
        Name = name;
        Shape = shape;
        Members = members;
        MemberShapes = memberShapes ?? members.Select(_ => FieldShape.Scalar).ToArray();
        Type = type;
        _read = read;
        _day = day;
        if ((type == ColumnType.Day) != (day is not null))
        {
            throw new ArgumentException("A day column, and only a day column, reads its days.", nameof(day));
        }
    }

    /// <summary>The field's name in snake case.</summary>
    public string Name { get; }

    public FieldShape Shape { get; }

    /// <summary>The members of each group, in order, for <see cref="FieldShape.GroupList"/>; empty otherwise.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>Whether each member of a group is a scalar or a list of scalars (a code's source actors), in the order of <see cref="Members"/>.</summary>
    public IReadOnlyList<FieldShape> MemberShapes { get; }

    /// <summary>What the field's scalars are; text for lists and groups, whose items are ids and words.</summary>
    public ColumnType Type { get; }

    /// <summary>The field's value in <paramref name="record"/>, which must be of the definition's kind.</summary>
    public FieldValue Read(Record record) => _read(record);

    /// <summary>The day a <see cref="ColumnType.Day"/> field holds in <paramref name="record"/>, or null; where <see cref="Read"/> gives the date as text at its precision.</summary>
    public DateOnly? DayOf(Record record) =>
        _day is null ? throw new InvalidOperationException($"The field '{Name}' is not a day.") : _day(record);

    public override string ToString() => Name;
}
