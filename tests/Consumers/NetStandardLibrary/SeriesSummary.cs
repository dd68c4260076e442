using DiplomacyData;

namespace NetStandardLibrary;

/// <summary>A view a netstandard2.0 library builds on the package's records, for apps on any .NET.</summary>
public static class SeriesSummary
{
    /// <summary>The sessions of a recurring series, in order: "ordinal: date at place".</summary>
    /// <param name="series">A series, such as <c>Series.DefencePolicyDialogue</c>.</param>
    /// <returns>One line per session; "unknown" where the articles give no date or place.</returns>
    public static IReadOnlyList<string> Sessions(EventSeries series) =>
        Dataset.Current.Events
            .Where(e => e.Series == series)
            .OrderBy(e => e.Ordinal)
            .Select(e => FormattableString.Invariant($"{e.Ordinal}: {e.Date} at {e.Place?.Name ?? "unknown"}"))
            .ToList();
}
