using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Releases;

/// <summary>One record as a data release keeps it: its kind, its id and its fields as text, in field order.</summary>
internal sealed record ReleasedRecord(string Kind, string Id, IReadOnlyList<ReleasedField> Fields)
{
    /// <summary>The key a record keeps across releases; ids are unique across kinds, the kind is there for reading.</summary>
    public string Key => Kind + " " + Id;

    public ReleasedField? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The record's evidence lines (<c>source: "quote"</c>), the part of a change a reviewer checks first.</summary>
    public IReadOnlyList<string> Evidence => Field(EvidenceFieldName)?.Items ?? Array.Empty<string>();

    public const string EvidenceFieldName = "evidence";
}

/// <summary>
/// A field of a released record. A scalar holds at most one item (none when the value is absent);
/// a list holds its items in the record's order. References are kept as the referenced id.
/// </summary>
internal sealed record ReleasedField(string Name, bool IsList, IReadOnlyList<string> Items)
{
    public static ReleasedField Scalar(string name, string? value) => new(name, false, value is null ? Array.Empty<string>() : new[] { value });

    public static ReleasedField List(string name, IEnumerable<string> items) => new(name, true, items.ToArray());

    public bool SameValueAs(ReleasedField other) => IsList == other.IsList && Items.SequenceEqual(other.Items, StringComparer.Ordinal);

    /// <summary>The value as one line for a changelog.</summary>
    public string Display() => Items.Count == 0 ? "(none)" : IsList ? "[" + string.Join("; ", Items) + "]" : Items[0];
}
