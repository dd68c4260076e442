using System;
using DiplomacyData.Explorer.Export;

namespace DiplomacyData.Explorer;

/// <summary>How the explorer writes dates, record kinds, long quotes and references to records (enum values: <see cref="SeedSpelling"/>).</summary>
internal static class Format
{
    public static string Date(PartialDate date, string? dateText)
    {
        var text = date.IsKnown || date.IsBounded ? date.ToString() : dateText is null ? "date unknown" : $"“{dateText}”";
        return (date.IsInferred && date.IsKnown ? text + " (inferred)" : text).PadRight(10);
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

    /// <summary>The kind as the seed files and the exports spell enum values, such as "office-held" or "event-series".</summary>
    public static string KindWords(RecordKind kind) => SeedSpelling.Of(kind);
}
