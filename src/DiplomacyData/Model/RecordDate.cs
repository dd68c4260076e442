namespace DiplomacyData;

/// <summary>One date of a record, with the name of the property that holds it: see <see cref="Record.Dates"/>.</summary>
public sealed class RecordDate
{
    internal RecordDate(string property, PartialDate date)
    {
        Property = property;
        Date = date;
    }

    /// <summary>The property that holds the date, such as <c>Date</c>, <c>EndDate</c>, <c>Published</c> or <c>ReportedOn</c>.</summary>
    public string Property { get; }

    /// <summary>The date, which may be unknown, bounded or inferred.</summary>
    public PartialDate Date { get; }

    /// <summary>The property and the date, for display.</summary>
    /// <returns>For example <c>Date: 2023-07-03</c>.</returns>
    public override string ToString() => $"{Property}: {Date}";
}
