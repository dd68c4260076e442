using System;
using DiplomacyData.TableFormat;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// Writes enum members as the seed files do (<c>DelegationHead</c> is <c>delegation-head</c>, PLOVER
/// types are upper case), so exported data uses the same vocabulary as <c>seeds/README.md</c>. The
/// kebab-case rule is the seed compiler's own (<see cref="SeedNaming"/>), used through its InternalsVisibleTo.
/// </summary>
public static class SeedSpelling
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        if (typeof(T) == typeof(PloverType))
        {
            return name.ToUpperInvariant();
        }

        return SeedNaming.ToKebab(name);
    }
}
