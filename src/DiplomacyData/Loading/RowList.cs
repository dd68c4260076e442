using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using DiplomacyData.TableFormat;

namespace DiplomacyData;

/// <summary>
/// A list field a record left in its row (<see cref="RecordReader.SkipList"/>). Its count is read from the
/// row when the list is made, so <c>Participants.Count</c> builds no participant; the items are read on first
/// access, all at once, and the first array published is the one every thread reads from then on.
/// Like <see cref="ReadOnlyArray{T}"/>, it implements nothing writable.
/// </summary>
internal sealed class RowList<T> : IReadOnlyList<T>
{
    private readonly Record _owner;
    private readonly int _offset;
    private readonly ItemReader<T> _read;
    private T[]? _items;

    private RowList(Record owner, int offset, int count, ItemReader<T> read)
    {
        _owner = owner;
        _offset = offset;
        _read = read;
        Count = count;
    }

    public int Count { get; }

    public T this[int index] => Items[index];

    private T[] Items => Volatile.Read(ref _items) ?? ReadItems();

    /// <summary>The list that starts <paramref name="offset"/> bytes into the owner's row; an empty one is the shared empty list.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static IReadOnlyList<T> At(Record owner, int offset, ItemReader<T> read)
    {
        var reader = owner.Store.ReaderAt(owner.Position, offset);
        var count = reader.ReadNumber();
        return count == 0 ? ReadOnlyArray<T>.Empty : new RowList<T>(owner, offset, count, read);
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    private T[] ReadItems()
    {
        var reader = _owner.Store.ReaderAt(_owner.Position, _offset);
        var items = new T[reader.ReadNumber()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _read(ref reader);
        }

        return PublishOnce.Value(ref _items, items);
    }
}
