using System;
using System.Collections.Generic;

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

/// <summary>
/// One field of one record kind: its name, its shape and, for a list of groups, the members' names.
/// Known without any record, so a writer can print the header of a kind that has no records.
/// </summary>
public sealed class FieldDefinition
{
    private readonly Func<Record, FieldValue> _read;

    internal FieldDefinition(string name, FieldShape shape, IReadOnlyList<string> members, Func<Record, FieldValue> read)
    {
        Name = name;
        Shape = shape;
        Members = members;
        _read = read;
    }

    /// <summary>The field's name in snake case.</summary>
    public string Name { get; }

    public FieldShape Shape { get; }

    /// <summary>The members of each group, in order, for <see cref="FieldShape.GroupList"/>; empty otherwise.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The field's value in <paramref name="record"/>, which must be of the definition's kind.</summary>
    public FieldValue Read(Record record) => _read(record);

    public override string ToString() => Name;
}
