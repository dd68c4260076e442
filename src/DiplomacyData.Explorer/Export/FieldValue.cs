using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DiplomacyData.Explorer.Export;

/// <summary>What a <see cref="FieldValue"/> holds.</summary>
public enum FieldValueKind
{
    /// <summary>No value: an optional field left empty.</summary>
    Null,

    /// <summary>Free text, an enum member in seed spelling, or a date in ISO partial form.</summary>
    Text,

    /// <summary>A number, held as invariant-culture text so that it round-trips exactly.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>The id of another record.</summary>
    Reference,

    /// <summary>An ordered list of values.</summary>
    List,

    /// <summary>A small object of named scalar values (or lists of scalars), such as a participant (actor and role).</summary>
    Group,
}

/// <summary>
/// One value of one field of a record: a scalar (text, number, boolean, reference), a list, or a
/// group of named scalars. Values compare by content, so two data releases can be diffed field by field.
/// </summary>
public sealed class FieldValue : IEquatable<FieldValue>
{
    private static readonly IReadOnlyList<FieldValue> NoItems = Array.Empty<FieldValue>();
    private static readonly IReadOnlyList<RecordField> NoMembers = Array.Empty<RecordField>();

    private FieldValue(FieldValueKind kind, string? scalar, IReadOnlyList<FieldValue> items, IReadOnlyList<RecordField> members)
    {
        Kind = kind;
        Scalar = scalar;
        Items = items;
        Members = members;
    }

    /// <summary>The empty value.</summary>
    public static FieldValue Null { get; } = new(FieldValueKind.Null, null, NoItems, NoMembers);

    /// <summary>What the value holds.</summary>
    public FieldValueKind Kind { get; }

    /// <summary>The text of a scalar (numbers and booleans in invariant form, references as ids); null for null, lists and groups.</summary>
    public string? Scalar { get; }

    /// <summary>The items of a list; empty for every other kind.</summary>
    public IReadOnlyList<FieldValue> Items { get; }

    /// <summary>The named members of a group; empty for every other kind.</summary>
    public IReadOnlyList<RecordField> Members { get; }

    /// <summary>True for text, numbers, booleans and references.</summary>
    public bool IsScalar => Scalar is not null;

    public static FieldValue Text(string? text) => text is null ? Null : new(FieldValueKind.Text, text, NoItems, NoMembers);

    public static FieldValue Number(decimal? number) =>
        number is null ? Null : new(FieldValueKind.Number, number.Value.ToString(CultureInfo.InvariantCulture), NoItems, NoMembers);

    public static FieldValue Boolean(bool value) => new(FieldValueKind.Boolean, value ? "true" : "false", NoItems, NoMembers);

    public static FieldValue Reference(Record? record) => record is null ? Null : new(FieldValueKind.Reference, record.Id, NoItems, NoMembers);

    public static FieldValue List(IEnumerable<FieldValue> items) => new(FieldValueKind.List, null, items.ToArray(), NoMembers);

    /// <summary>A group of named scalars or lists of scalars (a code's source actors); the members keep the order given.</summary>
    public static FieldValue Group(IEnumerable<RecordField> members)
    {
        var array = members.ToArray();
        if (array.Any(member => member.Value.Kind is FieldValueKind.Group || member.Value.Items.Any(item => !item.IsScalar)))
        {
            throw new ArgumentException("A group holds scalars and lists of scalars only, so that it flattens to one column per member.", nameof(members));
        }

        return new(FieldValueKind.Group, null, NoItems, array);
    }

    public bool Equals(FieldValue? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Scalar, other.Scalar, StringComparison.Ordinal)
        && Items.SequenceEqual(other.Items)
        && Members.SequenceEqual(other.Members);

    public override bool Equals(object? obj) => Equals(obj as FieldValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Scalar, StringComparer.Ordinal);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        foreach (var member in Members)
        {
            hash.Add(member);
        }

        return hash.ToHashCode();
    }

    /// <summary>For display and logs: scalars as their text, lists as <c>[a, b]</c>, groups as <c>{actor: italy, role: host}</c>.</summary>
    public override string ToString() => Kind switch
    {
        FieldValueKind.Null => "null",
        FieldValueKind.List => "[" + string.Join(", ", Items) + "]",
        FieldValueKind.Group => "{" + string.Join(", ", Members) + "}",
        _ => Scalar!,
    };
}
