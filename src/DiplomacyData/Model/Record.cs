using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// Any compiled fact or entity. Every record has a permanent <see cref="Id"/> and the evidence that
/// supports it: the source article and the verbatim quote.
/// </summary>
public abstract class Record
{
    private protected Record(string id, IReadOnlyList<Evidence> evidence, string? note)
    {
        Id = id;
        Evidence = evidence;
        Note = note;
    }

    /// <summary>The permanent id, chosen once and never reused (for example <c>phan-van-giang</c>).</summary>
    public string Id { get; }

    /// <summary>The quotes this record rests on, each with its source article.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>The curator's remark on this record, if any.</summary>
    public string? Note { get; }

    /// <summary>Where the record stands in the compiled dataset: the key of every generated index. Set once, when the record is read.</summary>
    internal int Position { get; set; }

    /// <summary>
    /// Every date the record's kind has, in schema order, with the property that holds it, unknown ones
    /// included: <c>record.Dates.Where(d =&gt; d.Date.IsInferred)</c> finds its inferred and bounded dates
    /// without a switch over kinds. The list comes from the schema, so a new date field appears in it by itself.
    /// </summary>
    public IReadOnlyList<RecordDate> Dates => new ReadOnlyArray<RecordDate>(DatasetDecoder.DatesOf(this));

    /// <summary>What kind of record this is.</summary>
    public abstract RecordKind Kind { get; }

    /// <summary>The id, for debugging and logs.</summary>
    /// <returns>The kind and id, such as <c>Person phan-van-giang</c>.</returns>
    public override string ToString() => $"{Kind} {Id}";
}
