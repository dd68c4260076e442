using System;

namespace DiplomacyData;

/// <summary>
/// What a <see cref="DateTime"/> format string asks of a date: the finest part it prints, so that a
/// <see cref="PartialDate"/> can refuse a format that would print a day (or month) its sources never gave.
/// </summary>
internal static class DateFormatParts
{
    /// <summary>The precision a format needs; throws <see cref="FormatException"/> for a time of day or an unknown standard format.</summary>
    public static DatePrecision Needed(string format)
    {
        if (format.Length == 1)
        {
            return format[0] switch
            {
                'd' or 'D' or 'M' or 'm' => DatePrecision.Day, // short date, long date, month and day
                'Y' or 'y' => DatePrecision.Month,              // year and month
                _ => throw new FormatException($"The standard format '{format}' prints a time of day or is not a date format; a PartialDate has only a year, a month and a day."),
            };
        }

        var needed = DatePrecision.Year;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            switch (c)
            {
                case '\'' or '"':
                    var close = format.IndexOf(c, i + 1);
                    i = close < 0 ? format.Length : close; // literal text
                    break;
                case '\\':
                    i++; // the next character is literal
                    break;
                case '%':
                    break; // marks a one-letter custom format
                case 'd':
                    needed = DatePrecision.Day;
                    break;
                case 'M':
                    needed = needed > DatePrecision.Month ? needed : DatePrecision.Month;
                    break;
                case 'y' or 'g':
                    break;
                case 'h' or 'H' or 'm' or 's' or 'f' or 'F' or 't' or 'z' or 'K':
                    throw new FormatException($"The format '{format}' prints a time of day ('{c}'); a PartialDate has only a year, a month and a day.");
            }
        }

        return needed;
    }
}
