using System;
using DiplomacyData.TableFormat;

namespace DiplomacyData;

/// <summary>
/// Enum values as the seed files write them (<c>delegation-head</c>, <c>visit</c>, PLOVER's upper-case <c>CONSULT</c>),
/// so what <c>ToString</c> prints is the word a user finds in the seeds, the exports and the documentation.
/// </summary>
internal static class SeedWords
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var member = value.ToString();
        return typeof(T) == typeof(PloverType) ? member.ToUpperInvariant() : SeedNaming.ToKebab(member);
    }
}
