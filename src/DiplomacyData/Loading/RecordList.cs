using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DiplomacyData;

/// <summary>
/// A read-only list of records that materializes each one on first access: either a run of positions
/// (a kind's records), the positions listed in a generated postings table (a name lookup's answer), or
/// positions already decoded (a relation lookup's answer, from its varint run).
/// Like <see cref="ReadOnlyArray{T}"/>, it implements nothing writable.
/// </summary>
internal sealed class RecordList<T> : IReadOnlyList<T>
    where T : Record
{
    private readonly RecordStore _store;
    private readonly CellTable? _postings;
    private readonly int[]? _positions;
    private readonly int _start;

    public RecordList(RecordStore store, int start, int count, CellTable? postings = null)
    {
        _store = store;
        _start = start;
        Count = count;
        _postings = postings;
    }

    public RecordList(RecordStore store, int[] positions)
    {
        _store = store;
        _positions = positions;
        Count = positions.Length;
    }

    public int Count { get; }

    public T this[int index]
    {
        [MethodImpl(DatasetBlob.DecodeOptions)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            var position = _positions is not null ? _positions[index]
                : _postings is not null ? _postings[_start + index, 0]
                : _start + index;
            return (T)_store[position];
        }
    }

    public IEnumerator<T> GetEnumerator() => new IndexEnumerator<T>(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
