namespace DiplomacyData;

/// <summary>How much of a date the sources state.</summary>
public enum DatePrecision
{
    /// <summary>No date is known.</summary>
    Unknown,

    /// <summary>Only the year.</summary>
    Year,

    /// <summary>The year and month.</summary>
    Month,

    /// <summary>The exact day.</summary>
    Day,
}
