using System;

namespace DiplomacyData;

/// <summary>
/// One way a record is referred to, as <see cref="Dataset.ReferencesTo"/> reports it: the record that
/// refers, and the field it refers through. A small value, so that a list of them is read straight from
/// the compiled index without an object for each.
/// </summary>
public readonly struct RecordReference : IEquatable<RecordReference>
{
    internal RecordReference(Record referrer, string field)
    {
        Referrer = referrer;
        Field = field;
    }

    /// <summary>The record that refers (null only in a <c>default</c> value, which the dataset never hands out).</summary>
    public Record Referrer { get; }

    /// <summary>
    /// The field it refers through, as the seed files spell it: a reference field by its name
    /// (<c>place</c>, <c>speakers</c>, <c>parent</c>, <c>shownAt</c>, <c>subject</c>); a reference inside
    /// each item of a list by the list's name, a dot and the member's name (<c>participants.actor</c>,
    /// <c>evidence.source</c>); the sources an inferred date was worked out from by the date's name and
    /// <c>.basis</c> (<c>date.basis</c>, <c>published.basis</c>).
    /// </summary>
    public string Field { get; }

    /// <summary>Whether both name the same referrer and field.</summary>
    /// <param name="left">A reference.</param>
    /// <param name="right">Another reference.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(RecordReference left, RecordReference right) => left.Equals(right);

    /// <summary>Whether they differ in referrer or field.</summary>
    /// <param name="left">A reference.</param>
    /// <param name="right">Another reference.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(RecordReference left, RecordReference right) => !left.Equals(right);

    /// <summary>Whether <paramref name="other"/> names the same referrer (the same record object) and the same field.</summary>
    /// <param name="other">Another reference.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(RecordReference other) => ReferenceEquals(Referrer, other.Referrer) && string.Equals(Field, other.Field, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecordReference other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((Referrer?.Id.GetHashCode() ?? 0) * 31) ^ (Field?.GetHashCode() ?? 0);

    /// <summary>The referrer and field, for debugging and logs.</summary>
    /// <returns>Such as <c>Event defence-policy-dialogue-4 (participants.actor)</c>.</returns>
    public override string ToString() => $"{Referrer} ({Field})";
}
