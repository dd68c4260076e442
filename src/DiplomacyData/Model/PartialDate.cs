using System;
using System.Globalization;
using DiplomacyData.TableFormat;

namespace DiplomacyData;

/// <summary>
/// A date as precise as its sources: a day, a month, a year, or unknown; never a made-up day. A date
/// the sources do not fix may still be bounded by them (<see cref="IsBounded"/>: not before one date, not
/// after another, as Wikidata's earliest and latest date). A date that was worked out rather than read
/// carries its <see cref="Inference"/>: the reason and the sources.
/// </summary>
/// <remarks>
/// <para>
/// <b>Two kinds of comparison.</b> <see cref="CompareTo(PartialDate)"/> and the operators <c>&lt;</c>,
/// <c>&gt;</c>, <c>&lt;=</c> and <c>&gt;=</c> are a <em>sort order</em>, the one the whole package lists
/// events in: by year, then month, then day, a less precise date before the more precise dates it holds
/// (<c>2023 &lt; 2023-07 &lt; 2023-07-26</c>), a bounded date at its earliest bound (after a known date of
/// the same day), and unknown dates last. So <c>2023 &lt; 2023-07-26</c> is true although the two overlap.
/// For questions about time use <see cref="Contains"/>, <see cref="CouldBe"/> and <see cref="Overlaps"/>.
/// </para>
/// <para>
/// <b>Formatting.</b> <see cref="ToString()"/> writes the ISO form at the date's precision (<c>2023</c>,
/// <c>2023-07</c>, <c>2023-07-26</c>), <c>unknown</c>, or the bounds (<c>not before 2024-07-02</c>,
/// <c>between 2024-07-02 and 2025-09-05</c>). A format string is honoured at the date's precision
/// (<c>$"{d:yyyy}"</c>, <c>$"{d:MMMM yyyy}"</c>) and refused with a <see cref="FormatException"/> when it asks
/// for more than the date knows (a day of a month-precision date) or for a time of day.
/// </para>
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, IFormattable
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    // The bounds of a date that is not known, in the DatePacking form (never inferred), 0 for none.
    private readonly int _notBefore;
    private readonly int _notAfter;

    internal PartialDate(int year, int month, int day, DateInference? inference)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
        _notBefore = 0;
        _notAfter = 0;
        Inference = inference;
    }

    /// <summary>A date the sources bound without fixing; each bound is a packed date or 0.</summary>
    internal PartialDate(int notBefore, int notAfter, DateInference? inference)
    {
        _year = 0;
        _month = 0;
        _day = 0;
        _notBefore = notBefore;
        _notAfter = notAfter;
        Inference = inference;
    }

    /// <summary>The unknown date.</summary>
    public static PartialDate Unknown => default;

    /// <summary>How much of the date is known; <see cref="DatePrecision.Unknown"/> for a bounded date too.</summary>
    public DatePrecision Precision => _year == 0 ? DatePrecision.Unknown : _month == 0 ? DatePrecision.Year : _day == 0 ? DatePrecision.Month : DatePrecision.Day;

    /// <summary>True when the date itself is known, at any precision.</summary>
    public bool IsKnown => _year != 0;

    /// <summary>True when the date is not known but the sources bound it: <see cref="NotBefore"/>, <see cref="NotAfter"/> or both.</summary>
    public bool IsBounded => _year == 0 && (_notBefore != 0 || _notAfter != 0);

    /// <summary>The year, when known.</summary>
    public int? Year => _year == 0 ? null : _year;

    /// <summary>The month (1–12), when known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, when known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>A bounded date's earliest bound (it is not before this date); <see cref="Unknown"/> when there is none.</summary>
    public PartialDate NotBefore => FromPacked(_notBefore);

    /// <summary>A bounded date's latest bound (it is not after this date); <see cref="Unknown"/> when there is none.</summary>
    public PartialDate NotAfter => FromPacked(_notAfter);

    /// <summary>Why and from which sources the date (or its bounds) was worked out; null for a date the sources state.</summary>
    public DateInference? Inference { get; }

    /// <summary>True when the date or its bounds were inferred rather than stated.</summary>
    public bool IsInferred => Inference is not null;

    /// <summary>
    /// The first day the date can be: a known date's first day (2023-07 gives 2023-07-01), a bounded
    /// date's earliest bound's first day; null when nothing bounds it from below.
    /// </summary>
    public DateTime? Earliest => FirstDay() is { } day ? PartialDateBounds.DateOf(day) : null;

    /// <summary>
    /// The last day the date can be: a known date's last day (2024-02 gives 2024-02-29), a bounded date's
    /// latest bound's last day; null when nothing bounds it from above.
    /// </summary>
    public DateTime? Latest => LastDay() is { } day ? PartialDateBounds.DateOf(day) : null;

    /// <summary>The date of a year.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <returns>The date at year precision.</returns>
    public static PartialDate FromYear(int year) => Checked(year, 0, 0);

    /// <summary>The date of a month.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The date at month precision.</returns>
    public static PartialDate FromMonth(int year, int month) => Checked(year, month, 0);

    /// <summary>The date of a day.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <param name="day">A day that the month has.</param>
    /// <returns>The date at day precision.</returns>
    public static PartialDate FromDay(int year, int month, int day) => Checked(year, month, day);

    /// <summary>A date known only to lie between two dates; either bound may be <see cref="Unknown"/>, not both.</summary>
    /// <param name="notBefore">The earliest it can be, or <see cref="Unknown"/>.</param>
    /// <param name="notAfter">The latest it can be, or <see cref="Unknown"/>.</param>
    /// <returns>The bounded date, with no inference of its own.</returns>
    public static PartialDate Between(PartialDate notBefore, PartialDate notAfter)
    {
        if (notBefore.IsBounded || notAfter.IsBounded)
        {
            throw new ArgumentException("A bound is a known date (2023, 2023-07 or 2023-07-26), not a bounded one.");
        }

        if (!notBefore.IsKnown && !notAfter.IsKnown)
        {
            throw new ArgumentException("A bounded date needs at least one known bound.");
        }

        if (notBefore.IsKnown && notAfter.IsKnown && notAfter.LastDay() < notBefore.FirstDay())
        {
            throw new ArgumentException($"The latest bound {notAfter} is before the earliest bound {notBefore}.", nameof(notAfter));
        }

        return new PartialDate(notBefore.Packed(), notAfter.Packed(), null);
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, the forms <see cref="ToString()"/> writes for a known date.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The date at the precision the text gives.</returns>
    /// <exception cref="FormatException">The text is not one of the three forms, or names a day that does not exist.</exception>
    public static PartialDate Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return PartialDateText.TryParse(text, out var year, out var month, out var day, out var problem)
            ? new PartialDate(year, month, day, null)
            : throw new FormatException($"'{text}' is not a date: {problem}.");
    }

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="date">The date, or <see cref="Unknown"/> when the text is not one.</param>
    /// <returns>Whether the text is a date.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        if (text is not null && PartialDateText.TryParse(text, out var year, out var month, out var day, out _))
        {
            date = new PartialDate(year, month, day, null);
            return true;
        }

        date = Unknown;
        return false;
    }

    /// <summary>Whether the day falls within the period a known date names (2023 contains every day of 2023); false for an unknown or bounded date.</summary>
    /// <param name="day">The day; its time of day is ignored.</param>
    /// <returns>True when the known date's period holds the day.</returns>
    public bool Contains(DateTime day) => IsKnown && CouldBe(day);

    /// <summary>
    /// Whether the date could fall on the day: within a known date's period, or within a bounded date's
    /// bounds (a missing bound leaves that side open); false for an unknown date.
    /// </summary>
    /// <param name="day">The day; its time of day is ignored.</param>
    /// <returns>True when the day is possible.</returns>
    public bool CouldBe(DateTime day)
    {
        if (!IsKnown && !IsBounded)
        {
            return false;
        }

        var number = PartialDateBounds.DayOf(day);
        return (FirstDay() ?? int.MinValue) <= number && number <= (LastDay() ?? int.MaxValue);
    }

    /// <summary>
    /// Whether the two dates could fall on a common day: their possible days (a known date's period, a
    /// bounded date's bounds, open on a side without one) meet. False when either is unknown and unbounded.
    /// </summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when some day is possible for both.</returns>
    public bool Overlaps(PartialDate other)
    {
        if ((!IsKnown && !IsBounded) || (!other.IsKnown && !other.IsBounded))
        {
            return false;
        }

        return (FirstDay() ?? int.MinValue) <= (other.LastDay() ?? int.MaxValue)
            && (other.FirstDay() ?? int.MinValue) <= (LastDay() ?? int.MaxValue);
    }

    /// <summary>The date in ISO form at its precision, <c>unknown</c>, or its bounds.</summary>
    /// <returns><c>2023</c>, <c>2023-07</c>, <c>2023-07-26</c>, <c>unknown</c>, <c>not before 2024-07-02</c>, <c>not after 2025</c> or <c>between 2024-07-02 and 2025-09-05</c>.</returns>
    public override string ToString()
    {
        if (IsBounded)
        {
            return _notAfter == 0 ? $"not before {NotBefore}" : _notBefore == 0 ? $"not after {NotAfter}" : $"between {NotBefore} and {NotAfter}";
        }

        return Precision switch
        {
            DatePrecision.Year => _year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", _year, _month),
            DatePrecision.Day => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", _year, _month, _day),
            _ => "unknown",
        };
    }

    /// <summary>The date formatted as a <see cref="DateTime"/> would be, as far as its precision allows.</summary>
    /// <param name="format">A date format such as <c>yyyy</c>, <c>yyyy-MM</c> or <c>d MMMM yyyy</c>; null or empty for <see cref="ToString()"/>.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="FormatException">The format asks for a part the date does not have (a day of a month-precision date, any part of an unknown or bounded date) or for a time of day.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>The date formatted as a <see cref="DateTime"/> would be, as far as its precision allows.</summary>
    /// <param name="format">A date format such as <c>yyyy</c>, <c>yyyy-MM</c> or <c>d MMMM yyyy</c>; null or empty for <see cref="ToString()"/>.</param>
    /// <param name="formatProvider">The culture for month names; the invariant culture when null.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="FormatException">The format asks for a part the date does not have, or for a time of day.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format))
        {
            return ToString();
        }

        var needed = DateFormatParts.Needed(format!);
        var precision = Precision;
        if (needed > precision || precision == DatePrecision.Unknown)
        {
            throw new FormatException($"The format '{format}' needs a {Describe(needed)}, but the date {this} is {(precision == DatePrecision.Unknown ? "not known" : "known only to the " + Describe(precision))}.");
        }

        return new DateTime(_year, Math.Max((int)_month, 1), Math.Max((int)_day, 1)).ToString(format, formatProvider ?? CultureInfo.InvariantCulture);
    }

    /// <summary>Compares in the package's sort order (see the remarks on <see cref="PartialDate"/>): by date, less precise first, bounded dates at their earliest bound, unknown dates last.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>Negative, zero or positive, as this date sorts before, with or after the other.</returns>
    public int CompareTo(PartialDate other) =>
        PartialDateOrder.Compare(SortDate(), IsBounded, _notAfter, other.SortDate(), other.IsBounded, other._notAfter);

    /// <summary>Compares with another <see cref="PartialDate"/> in the package's sort order; null sorts first.</summary>
    /// <param name="obj">A <see cref="PartialDate"/> or null.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"A PartialDate compares only with another PartialDate, not with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The same date at the same precision, with the same bounds; the inference is not compared.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PartialDate other) =>
        _year == other._year && _month == other._month && _day == other._day && _notBefore == other._notBefore && _notAfter == other._notAfter;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((((_year * 13) + _month) * 32 + _day) ^ (_notBefore * 31) ^ (_notAfter * 17));

    /// <summary>Equal dates.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another date.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Different dates.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another date.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Sorts before, in the package's sort order (not "happened before": see the remarks).</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another date.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Sorts after, in the package's sort order.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another date.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Sorts before or with, in the package's sort order.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another date.</param>
    /// <returns>True unless <paramref name="left"/> sorts after.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Sorts after or with, in the package's sort order.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">Another date.</param>
    /// <returns>True unless <paramref name="left"/> sorts before.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static PartialDate Checked(int year, int month, int day)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 1 to 9999.");
        }

        if (month is < 0 or > 12 || (day > 0 && month == 0))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        if (day < 0 || (day > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year:D4}-{month:D2} has no such day.");
        }

        return new PartialDate(year, month, day, null);
    }

    /// <summary>The date of a <see cref="DatePacking"/> number (0 is <see cref="Unknown"/>), never inferred.</summary>
    internal static PartialDate FromPacked(int packed) =>
        DatePacking.TryUnpack(packed, out var year, out var month, out var day, out _) ? new PartialDate(year, month, day, null) : Unknown;

    private static string Describe(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "time of day",
    };

    private int Packed() => IsKnown ? DatePacking.Pack(_year, _month, _day, inferred: false) : 0;

    private int? FirstDay() => IsKnown ? PartialDateBounds.EarliestDay(_year, _month, _day) : NotBefore.IsKnown ? NotBefore.FirstDay() : null;

    private int? LastDay() => IsKnown ? PartialDateBounds.LatestDay(_year, _month, _day) : NotAfter.IsKnown ? NotAfter.LastDay() : null;

    private int SortDate() => PartialDateOrder.SortDate(Packed(), _notBefore, _notAfter);
}
