using System;
using System.Text;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// Writes enum members as the seed files do (<c>DelegationHead</c> is <c>delegation-head</c>, PLOVER
/// types are upper case), so exported data uses the same vocabulary as <c>seeds/README.md</c>.
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

        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
