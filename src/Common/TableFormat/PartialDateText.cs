using System;
using System.Globalization;
using System.Runtime.CompilerServices;
namespace DiplomacyData.TableFormat;

/// <summary>
/// Reads the three date forms a seed may use, and <c>PartialDate.Parse</c> accepts: YYYY, YYYY-MM and
/// YYYY-MM-DD. One reader, so the build and the library agree on what is a date.
/// </summary>
internal static class PartialDateText
{
    /// <summary>Parses a date; on failure, <paramref name="problem"/> says what is wrong in a curator's words.</summary>
    [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization, which netstandard2.0 does not name: the seed parser calls this for every date
    public static bool TryParse(string text, out int year, out int month, out int day, out string problem)
    {
        year = month = day = 0;
        problem = "";
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || (parts.Length > 1 && parts[1].Length != 2) || (parts.Length > 2 && parts[2].Length != 2))
        {
            problem = "the form is not YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                if (c is < '0' or > '9')
                {
                    problem = "only digits may stand between the dashes";
                    return false;
                }
            }
        }

        year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year == 0)
        {
            problem = "there is no year 0";
            return false;
        }

        if (parts.Length > 1)
        {
            month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                problem = "the month must be 01 to 12";
                return false;
            }
        }

        if (parts.Length > 2)
        {
            day = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                problem = string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2} has no day {2}", year, month, day);
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="end"/> must come before <paramref name="start"/>: the last day the end can be
    /// is before the first day the start can be, so dates of different precision pass generously ("2024"
    /// may end in "2024-03"). False when either is not a date.
    /// </summary>
    public static bool EndsBeforeStart(string start, string end) =>
        TryParse(start, out var y1, out var m1, out var d1, out _) &&
        TryParse(end, out var y2, out var m2, out var d2, out _) &&
        PartialDateBounds.LatestDay(y2, m2, d2) < PartialDateBounds.EarliestDay(y1, m1, d1);
}
