using System;
using System.Text;

namespace DiplomacyData.Explorer;

/// <summary>How the explorer writes dates, enum values, long quotes and references to records.</summary>
internal static class Format
{
    public static string Date(PartialDate date, string? dateText)
    {
        var text = date.IsKnown || date.IsBounded ? date.ToString() : dateText is null ? "date unknown" : $"“{dateText}”";
        return (date.IsInferred && date.IsKnown ? text + " (inferred)" : text).PadRight(10);
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

    /// <summary>A record in a few words: a name, a title, a summary; sources and exclusions have no name of their own.</summary>
    public static string Describe(Record record) => record switch
    {
        Source source => Shorten(source.Title, 80),
        Exclusion exclusion => "“" + Shorten(exclusion.Quote, 70) + "”",
        _ => Shorten(record.ToString() ?? record.Id, 80),
    };

    /// <summary>The id followed by the description, such as <c>italy (Italy)</c>.</summary>
    public static string Label(Record record) => $"{record.Id} ({Describe(record)})";

    /// <summary>"a person", "an organization".</summary>
    public static string WithArticle(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>The kind in words, such as "office held" or "event series".</summary>
    public static string KindWords(RecordKind kind) => Words(kind);
}
