namespace DiplomacyData.TableFormat;

/// <summary>
/// How the reverse reference index names the field a reference goes through, as the seed files spell
/// it: a reference field by its name (<c>place</c>, <c>speakers</c>, <c>parent</c>); a reference inside a
/// list of small objects by the list's name, a dot and the member's name (<c>participants.actor</c>,
/// <c>evidence.source</c>); and the sources an inferred date rests on by the date's name, a dot and
/// <c>basis</c> (<c>date.basis</c>, <c>published.basis</c>), the way the seed writes them inside the date.
/// The seed compiler names the fields with <see cref="Of(string, string)"/>; the library finds the hierarchy
/// field by <see cref="Parent"/>.
/// </summary>
internal static class ReferencePath
{
    /// <summary>The field that puts records of one kind in a hierarchy (topics, places, organizations, events).</summary>
    public const string Parent = "parent";

    /// <summary>What separates a field from the member of its items or of its inferred date.</summary>
    public const char Separator = '.';

    /// <summary>A reference member of a field's items (<c>participants.actor</c>) or of its inferred date (<c>date.basis</c>).</summary>
    public static string Of(string field, string member) => field + Separator + member;
}
