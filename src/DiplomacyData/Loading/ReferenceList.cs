using System.Collections;
using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// The references to one record: a run of the generated ReferencePostings table, read a row at a time,
/// so the list holds no copy of them and reading one materializes only its referrer.
/// Like <see cref="ReadOnlyArray{T}"/>, it implements nothing writable.
/// </summary>
internal sealed class ReferenceList : IReadOnlyList<RecordReference>
{
    private readonly RecordStore _store;
    private readonly int _start;

    public ReferenceList(RecordStore store, int start, int count)
    {
        _store = store;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public RecordReference this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            var postings = DatasetBlob.ReferencePostingsTable;
            return new RecordReference(_store[postings[_start + index, 0]], DatasetBlob.ReferenceFields[postings[_start + index, 1]]);
        }
    }

    public IEnumerator<RecordReference> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
