using System;

namespace DiplomacyData.Explorer.Export;

/// <summary>A named value: one field of a record, or one member of a group value.</summary>
public sealed class RecordField : IEquatable<RecordField>
{
    public RecordField(string name, FieldValue value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The field's name in snake case (<c>event_kind</c>), as CSV headers and JSON properties spell it.</summary>
    public string Name { get; }

    public FieldValue Value { get; }

    public bool Equals(RecordField? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Value.Equals(other.Value);

    public override bool Equals(object? obj) => Equals(obj as RecordField);

    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Value);

    public override string ToString() => $"{Name}: {Value}";
}
