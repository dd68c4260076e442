using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// Any compiled fact or entity. Every record has a permanent <see cref="Id"/> and the evidence that
/// supports it: the source article and the verbatim quote.
/// </summary>
public abstract class Record
{
    // An eager kind sets these in its constructor. A kind that reads its fields from its row when asked (events)
    // leaves all three unset and keeps nothing but its Position and Store: the id comes from the store's texts,
    // the evidence and note from the row (see EvidenceFromRow, NoteFromRow).
    private readonly string? _id;
    private readonly IReadOnlyList<Evidence>? _evidence;
    private readonly string? _note;

    private protected Record(string id, IReadOnlyList<Evidence> evidence, string? note)
    {
        _id = id;
        _evidence = evidence;
        _note = note;
    }

    /// <summary>For a kind read in bulk (events), whose every field, these three included, is read from its row when asked for.</summary>
    private protected Record()
    {
    }

    /// <summary>The permanent id, chosen once and never reused (for example <c>phan-van-giang</c>).</summary>
    public string Id => _id ?? Store.IdOf(Position);

    /// <summary>The quotes this record rests on, each with its source article.</summary>
    public IReadOnlyList<Evidence> Evidence => _evidence ?? EvidenceFromRow();

    /// <summary>The curator's remark on this record, if any.</summary>
    public string? Note => ReadsFromRow ? NoteFromRow() : _note;

    // Only a kind read from its row leaves the id unset: every eager record has one.
    private bool ReadsFromRow => _id is null;

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

    /// <summary>The evidence of a kind read from its row; an eager kind holds its own.</summary>
    private protected virtual IReadOnlyList<Evidence> EvidenceFromRow() => throw new System.InvalidOperationException($"{Kind} records hold their evidence.");

    /// <summary>The note of a kind read from its row; an eager kind holds its own.</summary>
    private protected virtual string? NoteFromRow() => throw new System.InvalidOperationException($"{Kind} records hold their note.");

    /// <summary>What kind of record this is.</summary>
    public abstract RecordKind Kind { get; }

    /// <summary>The id, for debugging and logs.</summary>
    /// <returns>The kind and id, such as <c>Person phan-van-giang</c>.</returns>
    public override string ToString() => $"{Kind} {Id}";
}
