using System.Collections.Generic;
using System.Threading;

namespace DiplomacyData;

/// <summary>
/// Any compiled fact or entity. Every record has a permanent <see cref="Id"/> and the evidence that
/// supports it: the source article and the verbatim quote.
/// </summary>
public abstract class Record
{
    // An eager kind sets the strings and the list in its constructor; a deferred kind (events) sets the
    // numbers, and the list is published on its first read (the texts are cached by the store).
    private readonly string? _id;
    private readonly int _idText;
    private IReadOnlyList<Evidence>? _evidence;
    private readonly int _evidenceAt;
    private readonly string? _note;
    private readonly int _noteText;

    private protected Record(string id, IReadOnlyList<Evidence> evidence, string? note)
    {
        _id = id;
        _evidence = evidence;
        _note = note;
    }

    /// <summary>
    /// For kinds read in bulk (events): the id, evidence and note stay in the row, as the id's string index,
    /// where the list starts and the note's string number, and are decoded when first asked for, so a query
    /// that never reads them does not pay for them (for the ids, inflating the whole string table).
    /// </summary>
    private protected Record(int id, int evidenceAt, int note)
    {
        _idText = id;
        _evidenceAt = evidenceAt;
        _noteText = note;
    }

    /// <summary>The permanent id, chosen once and never reused (for example <c>phan-van-giang</c>).</summary>
    public string Id => _id ?? Store.String(_idText);

    /// <summary>The quotes this record rests on, each with its source article.</summary>
    public IReadOnlyList<Evidence> Evidence => Deferred(ref _evidence, _evidenceAt, DatasetDecoder.ReadEvidence);

    /// <summary>The curator's remark on this record, if any.</summary>
    public string? Note => _note ?? DeferredText(_noteText);

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

    /// <summary>
    /// A list field left in the row: made on first use (its count read, its items not yet; see
    /// <see cref="RowList{T}"/>), and the first list published is the same list every time after.
    /// </summary>
    private protected IReadOnlyList<T> Deferred<T>(ref IReadOnlyList<T>? slot, int offset, ItemReader<T> read) =>
        Volatile.Read(ref slot) ?? PublishOnce.Value(ref slot, RowList<T>.At(this, offset, read));

    /// <summary>A text field left in the row as <see cref="RecordReader.ReadTextIndex"/> read it (0 for none, else its string index + 1), decoded on first use.</summary>
    private protected string? DeferredText(int stored) => stored == 0 ? null : Store.String(stored - 1);

    /// <summary>What kind of record this is.</summary>
    public abstract RecordKind Kind { get; }

    /// <summary>The id, for debugging and logs.</summary>
    /// <returns>The kind and id, such as <c>Person phan-van-giang</c>.</returns>
    public override string ToString() => $"{Kind} {Id}";
}
