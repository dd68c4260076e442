namespace DiplomacyData.TableFormat;

/// <summary>
/// The one sort order of partial dates, in the DatePacking numbers both sides hold: the library's
/// PartialDate.CompareTo, and the seed compiler's event-date index, which must list events in the same
/// order EventsBetween promises. By date, a less precise date before the more precise dates it holds
/// (packing makes 2023 &lt; 2023-07 &lt; 2023-07-26); a bounded date at its earliest bound (else its latest),
/// after a known date of the same number, then by its latest bound; unknown last.
/// </summary>
internal static class PartialDateOrder
{
    /// <summary>The packed date a partial date sorts at: the date itself, else a bound, else past every date.</summary>
    /// <param name="packedDate">The date packed without its inferred flag, or 0 when it is not known.</param>
    /// <param name="notBefore">The packed earliest bound, or 0.</param>
    /// <param name="notAfter">The packed latest bound, or 0.</param>
    public static int SortDate(int packedDate, int notBefore, int notAfter) =>
        packedDate != 0 ? packedDate : notBefore != 0 ? notBefore : notAfter != 0 ? notAfter : int.MaxValue;

    public static int Compare(int sortDate, bool bounded, int notAfter, int otherSortDate, bool otherBounded, int otherNotAfter)
    {
        var bySortDate = sortDate.CompareTo(otherSortDate);
        if (bySortDate != 0)
        {
            return bySortDate;
        }

        var byForm = bounded.CompareTo(otherBounded);
        return byForm != 0 ? byForm : notAfter.CompareTo(otherNotAfter);
    }
}
