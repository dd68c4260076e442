using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DiplomacyData;

/// <summary>
/// Walks a list by its indexer, for the lists whose items are read from the compiled tables on access
/// (<see cref="RecordList{T}"/>, <see cref="RowReferenceList{T}"/>). Written out rather than left to
/// <c>yield</c> so that its steps can be compiled optimized from the first call: a scan of every event
/// steps through it 100,000 times before the runtime would get round to optimizing it.
/// </summary>
internal sealed class IndexEnumerator<T> : IEnumerator<T>
{
    private readonly IReadOnlyList<T> _list;
    private readonly int _count;
    private int _index = -1;

    public IndexEnumerator(IReadOnlyList<T> list)
    {
        _list = list;
        _count = list.Count;
    }

    public T Current { get; private set; } = default!;

    object? IEnumerator.Current => Current;

    [MethodImpl(DatasetBlob.DecodeOptions)]
    public bool MoveNext()
    {
        if (++_index >= _count)
        {
            _index = _count;
            return false;
        }

        Current = _list[_index];
        return true;
    }

    public void Reset()
    {
        _index = -1;
        Current = default!;
    }

    public void Dispose()
    {
    }
}
