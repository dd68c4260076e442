using System;
using System.Collections;
using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// A list of references a record left in its row (<see cref="RecordReader.SkipRefList"/>). It holds no items,
/// only where the list is and its count: each item is read from the row when asked for and resolved by the
/// <see cref="RecordStore"/>, which hands out one object per record, so every read and every thread sees
/// the same records. An event's topics then cost this one small object instead of an array and its wrapper.
/// Like <see cref="ReadOnlyArray{T}"/>, it implements nothing writable.
/// </summary>
internal sealed class RowReferenceList<T> : IReadOnlyList<T>
    where T : Record
{
    private readonly Record _owner;
    private readonly int _offset;

    private RowReferenceList(Record owner, int offset, int count)
    {
        _owner = owner;
        _offset = offset;
        Count = count;
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var reader = _owner.Store.ReaderAt(_owner.Position, _offset);
            reader.ReadNumber(); // the count
            for (var i = 0; i < index; i++)
            {
                reader.ReadNumber();
            }

            return (T)_owner.Store[reader.ReadNumber()];
        }
    }

    /// <summary>The list that starts <paramref name="offset"/> bytes into the owner's row; an empty one is the shared empty list.</summary>
    public static IReadOnlyList<T> At(Record owner, int offset)
    {
        var count = owner.Store.ReaderAt(owner.Position, offset).ReadNumber();
        return count == 0 ? ReadOnlyArray<T>.Empty : new RowReferenceList<T>(owner, offset, count);
    }

    // Each item is found from the list's start again: quadratic in the list's length, which for the lists
    // left in a row (an event's few topics) costs less than keeping their positions.
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
