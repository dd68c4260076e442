using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DiplomacyData;

/// <summary>
/// A list field of a record that reads its fields from its row (an event's participants, codes, evidence): a view
/// made on each read of the property. Its count is read from the row when the view is made, so
/// <c>Participants.Count</c> builds no participant; its items are read on first access, all at once, into the
/// store's <see cref="RowItems{T}"/>, so every view of the list, on every thread, hands out the same items.
/// Like <see cref="ReadOnlyArray{T}"/>, it implements nothing writable.
/// </summary>
internal sealed class RowList<T> : IReadOnlyList<T>
{
    private readonly Record _owner;
    private readonly int _detailsRow;
    private readonly int _offset;
    private readonly ItemReader<T> _read;
    private readonly RowItems<T> _items;

    private RowList(Record owner, int detailsRow, int offset, int count, ItemReader<T> read, RowItems<T> items)
    {
        _owner = owner;
        _detailsRow = detailsRow;
        _offset = offset;
        _read = read;
        _items = items;
        Count = count;
    }

    public int Count { get; }

    public T this[int index] => Items[index];

    private T[] Items => _items.Of(_owner, _detailsRow, _offset, _read);

    /// <summary>The list the reader stands at (its count first); an empty one is the shared empty list.</summary>
    /// <param name="owner">The record whose row holds the list.</param>
    /// <param name="list">A reader standing at the list's count.</param>
    /// <param name="read">Reads one item.</param>
    /// <param name="field">The list field's number among all row-read list fields (the store keeps each one's items apart).</param>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public static IReadOnlyList<T> At(Record owner, RecordReader list, ItemReader<T> read, int field)
    {
        var offset = list.Offset;
        var count = list.ReadNumber();
        return count == 0 ? ReadOnlyArray<T>.Empty : new RowList<T>(owner, list.DetailsRow, offset, count, read, owner.Store.RowItems<T>(field, owner.Kind));
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();
}
