using System;
using System.Globalization;
using DiplomacyData.TableFormat;

namespace DiplomacyData;

/// <summary>
/// A date as precise as its sources: a day, a month, a year, or unknown; never a made-up day.
/// A date that was worked out rather than read carries its <see cref="Inference"/>.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    internal PartialDate(int year, int month, int day, DateInference? inference)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
        Inference = inference;
    }

    /// <summary>The unknown date.</summary>
    public static PartialDate Unknown => default;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => _year == 0 ? DatePrecision.Unknown : _month == 0 ? DatePrecision.Year : _day == 0 ? DatePrecision.Month : DatePrecision.Day;

    /// <summary>True unless the date is unknown.</summary>
    public bool IsKnown => _year != 0;

    /// <summary>The year, when known.</summary>
    public int? Year => _year == 0 ? null : _year;

    /// <summary>The month (1–12), when known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, when known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>How the date was inferred, or null when a source states it.</summary>
    public DateInference? Inference { get; }

    /// <summary>True when the date was inferred rather than stated.</summary>
    public bool IsInferred => Inference is not null;

    /// <summary>The first day the date can stand for (1 January for a year), or null when unknown.</summary>
    public DateTime? Earliest => IsKnown ? PartialDateBounds.DateOf(PartialDateBounds.EarliestDay(_year, _month, _day)) : null;

    /// <summary>The last day the date can stand for (31 December for a year), or null when unknown.</summary>
    public DateTime? Latest => IsKnown ? PartialDateBounds.DateOf(PartialDateBounds.LatestDay(_year, _month, _day)) : null;

    /// <summary>True when the date could fall on <paramref name="day"/>.</summary>
    /// <param name="day">A calendar day.</param>
    /// <returns>Whether the day lies within the period the date stands for.</returns>
    public bool CouldBe(DateTime day) => IsKnown && Earliest <= day.Date && day.Date <= Latest;

    /// <summary>The date in ISO 8601 form at its precision (<c>2023</c>, <c>2023-07</c>, <c>2023-07-03</c>), or <c>unknown</c>.</summary>
    /// <returns>The date as text, invariant of culture.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => _year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", _year, _month),
        DatePrecision.Day => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", _year, _month, _day),
        _ => "unknown",
    };

    /// <summary>Orders by earliest possible day; unknown dates first; at the same start, the coarser date first.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive, as for <see cref="IComparable{T}"/>.</returns>
    public int CompareTo(PartialDate other)
    {
        var byYear = _year.CompareTo(other._year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = _month.CompareTo(other._month);
        return byMonth != 0 ? byMonth : _day.CompareTo(other._day);
    }

    /// <summary>
    /// The same order for callers that compare untyped values: F#'s <c>Seq.sortBy</c>, <c>ArrayList.Sort</c>,
    /// data-grid column sorting.
    /// </summary>
    /// <param name="obj">A <see cref="PartialDate"/>, or null (which sorts first).</param>
    /// <returns>Negative, zero or positive, as for <see cref="IComparable"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException($"A PartialDate compares only with another PartialDate, not with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Same date and precision, inferred or not.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>True when both stand for the same period.</returns>
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_year * 13 + _month) * 32 + _day;

    /// <summary>Same date and precision.</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other date.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Different date or precision.</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other date.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other date.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other date.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Earlier than or equal.</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other date.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Later than or equal.</summary>
    /// <param name="left">One date.</param>
    /// <param name="right">The other date.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
