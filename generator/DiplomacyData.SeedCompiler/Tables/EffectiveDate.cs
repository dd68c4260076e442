using System;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Tables;

/// <summary>
/// An event's effective date as the event-date index needs it: where <see cref="PartialDateOrder"/> places it
/// (the same packed numbers and rule the library's PartialDate compares with), and the first and last day
/// it can fall on (null on an open side). Mirrors the library's Event.EffectiveDate, which a test
/// (EffectiveDateTests) holds the two to.
/// </summary>
internal sealed record EffectiveDate(int SortDate, bool Bounded, int NotAfter, int? First, int? Last) : IComparable<EffectiveDate>
{
    /// <summary>No date and no bounds: sorts last, in no window.</summary>
    public static EffectiveDate None { get; } = new(PartialDateOrder.SortDate(0, 0, 0), false, 0, null, null);

    /// <summary>The event's own date, known or bounded; null when it has neither.</summary>
    public static EffectiveDate? Own(LinkedValue date)
    {
        if (IsBounded(date))
        {
            var notBefore = Packed(date.Items[2]);
            var notAfter = Packed(date.Items[3]);
            return new EffectiveDate(PartialDateOrder.SortDate(0, notBefore, notAfter), true, notAfter, FirstDay(date.Items[2]), LastDay(date.Items[3]));
        }

        return Packed(date) is var packed and not 0 ? new EffectiveDate(packed, false, 0, FirstDay(date), LastDay(date)) : null;
    }

    /// <summary>A parent's days when it has a date and a different end date (between the two); null otherwise.</summary>
    public static EffectiveDate? DuringParent(LinkedValue date, LinkedValue endDate)
    {
        var start = Packed(date);
        var end = Packed(endDate);
        return start == 0 || end == 0 || string.Equals(date.Text, endDate.Text, StringComparison.Ordinal)
            ? null
            : new EffectiveDate(start, true, end, FirstDay(date), LastDay(endDate));
    }

    /// <summary>The span reaches the event's own end date, when it has one and a date of its own.</summary>
    public EffectiveDate WithEnd(LinkedValue endDate) =>
        !Bounded && First is not null && LastDay(endDate) is { } last ? this with { Last = last } : this;

    public int CompareTo(EffectiveDate? other) =>
        other is null ? 1 : PartialDateOrder.Compare(SortDate, Bounded, NotAfter, other.SortDate, other.Bounded, other.NotAfter);

    private static bool IsBounded(LinkedValue date) => !date.IsAbsent && date.Text is null && date.Items.Count == 4;

    private static int Packed(LinkedValue date) =>
        !date.IsAbsent && date.Text is not null && PartialDateText.TryParse(date.Text, out var y, out var m, out var d, out _) ? DatePacking.Pack(y, m, d, inferred: false) : 0;

    private static int? FirstDay(LinkedValue date) =>
        !date.IsAbsent && date.Text is not null && PartialDateText.TryParse(date.Text, out var y, out var m, out var d, out _) ? PartialDateBounds.EarliestDay(y, m, d) : null;

    private static int? LastDay(LinkedValue date) =>
        !date.IsAbsent && date.Text is not null && PartialDateText.TryParse(date.Text, out var y, out var m, out var d, out _) ? PartialDateBounds.LatestDay(y, m, d) : null;
}
