using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// Any compiled fact or entity. Every record has a permanent <see cref="Id"/> and the evidence that
/// supports it: the source article and the verbatim quote.
/// </summary>
public abstract class Record
{
    // A record keeps its place in the dataset and nothing else here: an eager kind holds its id, evidence and
    // note itself, while a kind read from its row (events) reads them from there, so an event is 32 bytes.
    private protected Record()
    {
    }

    /// <summary>The permanent id, chosen once and never reused (for example <c>phan-van-giang</c>).</summary>
    public string Id => IdCore;

    /// <summary>The quotes this record rests on, each with its source article.</summary>
    public IReadOnlyList<Evidence> Evidence => EvidenceCore;

    /// <summary>The curator's remark on this record, if any.</summary>
    public string? Note => NoteCore;

    /// <summary>Where <see cref="Id"/> comes from: a field of an eager kind, the row of a row-read one.</summary>
    private protected abstract string IdCore { get; }

    /// <summary>Where <see cref="Evidence"/> comes from.</summary>
    private protected abstract IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <summary>Where <see cref="Note"/> comes from.</summary>
    private protected abstract string? NoteCore { get; }

    /// <summary>Where the record stands in the compiled dataset: the key of every generated index. Set once, when the record is read.</summary>
    internal int Position { get; set; }

    /// <summary>The store that read the record, which its deferred fields are read from. Set once, with <see cref="Position"/>.</summary>
    internal RecordStore Store { get; set; } = null!;

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
