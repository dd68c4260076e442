using System;
using System.Globalization;

namespace DiplomacyData.Explorer.Arguments;

/// <summary>
/// The value of <c>--year</c>: one year (<c>2023</c>), an inclusive range (<c>2023..2025</c>), or a
/// range open at one end (<c>2023..</c>, <c>..2024</c>).
/// </summary>
internal readonly record struct YearRange(int? From, int? To)
{
    public const string Syntax = "YEAR, FROM..TO, FROM.. or ..TO";

    public DateTime FirstDay => new(From ?? DateTime.MinValue.Year, 1, 1);

    public DateTime LastDay => new(To ?? DateTime.MaxValue.Year, 12, 31);

    public static bool TryParse(string text, out YearRange range, out string error)
    {
        range = default;
        error = "";
        var separator = text.IndexOf("..", StringComparison.Ordinal);
        if (separator < 0)
        {
            if (TryParseYear(text, out var year))
            {
                range = new YearRange(year, year);
                return true;
            }

            error = $"'{text}' is not a year: expected {Syntax}, such as 2023 or 2023..2025.";
            return false;
        }

        var left = text[..separator];
        var right = text[(separator + 2)..];
        int? from = null, to = null;
        string? bad = null;
        if (left.Length > 0)
        {
            if (TryParseYear(left, out var year))
            {
                from = year;
            }
            else
            {
                bad = left;
            }
        }

        if (bad is null && right.Length > 0)
        {
            if (TryParseYear(right, out var year))
            {
                to = year;
            }
            else
            {
                bad = right;
            }
        }

        if (bad is not null || (left.Length == 0 && right.Length == 0))
        {
            var detail = bad is null ? "give at least one end" : $"'{bad}' is not a year";
            error = $"'{text}' is not a year range: {detail}; expected {Syntax}, such as 2023..2025.";
            return false;
        }

        if (from > to)
        {
            error = $"The year range '{text}' ends before it starts; write the earlier year first.";
            return false;
        }

        range = new YearRange(from, to);
        return true;
    }

    public override string ToString() => (From, To) switch
    {
        ({ } from, { } to) when from == to => from.ToString(CultureInfo.InvariantCulture),
        (var from, var to) => $"{from?.ToString(CultureInfo.InvariantCulture)}..{to?.ToString(CultureInfo.InvariantCulture)}",
    };

    private static bool TryParseYear(string text, out int year) =>
        // Digits only: no sign, spaces or thousands separators, whatever the culture.
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
        && year >= DateTime.MinValue.Year && year <= DateTime.MaxValue.Year;
}
