using System.Collections;
using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// A read-only list of records that materializes each one on first access: either a run of positions
/// (a kind's records) or the positions listed in a generated postings table (a lookup's answer).
/// Like <see cref="ReadOnlyArray{T}"/>, it implements nothing writable.
/// </summary>
internal sealed class RecordList<T> : IReadOnlyList<T>
    where T : Record
{
    private readonly RecordStore _store;
    private readonly CellTable? _postings;
    private readonly int _start;

    public RecordList(RecordStore store, int start, int count, CellTable? postings = null)
    {
        _store = store;
        _start = start;
        Count = count;
        _postings = postings;
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            return (T)_store[_postings is null ? _start + index : _postings[_start + index, 0]];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
