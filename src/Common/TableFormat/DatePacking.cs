namespace DiplomacyData.TableFormat;

/// <summary>
/// A partial date in a record row, as one number: 0 for no date, otherwise
/// ((year * 13 + month) * 32 + day) * 2 + inferred, where a month or day of 0 is unknown. An inferred
/// date's reason and basis follow it in the row. <see cref="Bounded"/> (1, which no date packs to,
/// since a year is at least 1) marks a date the sources bound without fixing: two more numbers follow,
/// its earliest and latest bound packed the same way (0 for none, never inferred), then its reason and basis.
/// </summary>
internal static class DatePacking
{
    /// <summary>The number that stands for a bounded date: "year 0, inferred", which no real date packs to.</summary>
    public const int Bounded = 1;

    private const int Months = 13;
    private const int Days = 32;

    public static int Pack(int year, int month, int day, bool inferred) => ((((year * Months) + month) * Days) + day) * 2 + (inferred ? 1 : 0);

    /// <summary>False for 0, the missing date.</summary>
    [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimize)]
    public static bool TryUnpack(int packed, out int year, out int month, out int day, out bool inferred)
    {
        inferred = (packed & 1) == 1;
        var date = packed >> 1;
        day = date % Days;
        month = date / Days % Months;
        year = date / Days / Months;
        return packed != 0;
    }
}
