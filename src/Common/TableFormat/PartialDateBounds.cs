using System;

namespace DiplomacyData.TableFormat;

/// <summary>
/// The first and last day a partial date can stand for (a month or day of 0 is unknown), with the real
/// month lengths: 2024-02 ends on the 29th. Days are counted from 0001-01-01, as
/// <c>DateTime.Ticks / TimeSpan.TicksPerDay</c> counts them; the event-date index stores these numbers.
/// </summary>
internal static class PartialDateBounds
{
    public static int EarliestDay(int year, int month, int day) => DayOf(new DateTime(year, Math.Max(month, 1), Math.Max(day, 1)));

    public static int LatestDay(int year, int month, int day)
    {
        var m = month == 0 ? 12 : month;
        return DayOf(new DateTime(year, m, day == 0 ? DateTime.DaysInMonth(year, m) : day));
    }

    public static int DayOf(DateTime date) => (int)(date.Date.Ticks / TimeSpan.TicksPerDay);

    public static DateTime DateOf(int day) => new(day * TimeSpan.TicksPerDay);
}
