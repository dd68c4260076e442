using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DiplomacyData;

/// <summary>
/// A list of references a record reads from its row (an event's topics): a view made on each read of the
/// property. It holds no items, only where the list is and its count: each item is read from the row when asked
/// for and resolved by the <see cref="RecordStore"/>, which hands out one object per record, so every view and
/// every thread sees the same records.
/// Like <see cref="ReadOnlyArray{T}"/>, it implements nothing writable.
/// </summary>
internal sealed class RowReferenceList<T> : IReadOnlyList<T>
    where T : Record
{
    private readonly Record _owner;
    private readonly int _detailsRow;
    private readonly int _offset;

    private RowReferenceList(Record owner, int detailsRow, int offset, int count)
    {
        _owner = owner;
        _detailsRow = detailsRow;
        _offset = offset;
        Count = count;
    }

    public int Count { get; }

    public T this[int index]
    {
        [MethodImpl(DatasetBlob.DecodeOptions)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var reader = _owner.Store.RowOf(_owner, _detailsRow, _offset);
            reader.ReadNumber(); // the count
            for (var i = 0; i < index; i++)
            {
                reader.ReadNumber();
            }

            return (T)_owner.Store[reader.ReadNumber()];
        }
    }

    /// <summary>The list the reader stands at (its count first); an empty one is the shared empty list.</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public static IReadOnlyList<T> At(Record owner, RecordReader list)
    {
        var offset = list.Offset;
        var count = list.ReadNumber();
        return count == 0 ? ReadOnlyArray<T>.Empty : new RowReferenceList<T>(owner, list.DetailsRow, offset, count);
    }

    // Each item is found from the list's start again: quadratic in the list's length, which for the lists
    // left in a row (an event's few topics) costs less than keeping their positions.
    public IEnumerator<T> GetEnumerator() => new IndexEnumerator<T>(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
