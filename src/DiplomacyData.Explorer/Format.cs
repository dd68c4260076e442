using System;
using System.Text;

namespace DiplomacyData.Explorer;

/// <summary>How the explorer writes dates, enum values and long quotes.</summary>
internal static class Format
{
    public static string Date(PartialDate date, string? dateText)
    {
        var text = date.IsKnown ? date.ToString() : dateText is null ? "date unknown" : $"“{dateText}”";
        return (date.IsInferred ? text + " (inferred)" : text).PadRight(10);
    }

    /// <summary>CoChair becomes "co chair", DelegationHead "delegation head".</summary>
    public static string Words<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static string Shorten(string text, int max)
    {
        var single = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= max ? single : single[..(max - 1)] + "…";
    }
}
