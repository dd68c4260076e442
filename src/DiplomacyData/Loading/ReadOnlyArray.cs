using System;
using System.Collections;
using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// The only list type the library hands out. It implements <see cref="IReadOnlyList{T}"/> and
/// nothing writable, so no cast (to an array, <see cref="IList{T}"/> or <see cref="ICollection{T}"/>)
/// reaches the storage of a compiled fact.
/// </summary>
internal sealed class ReadOnlyArray<T> : IReadOnlyList<T>
{
    public static readonly ReadOnlyArray<T> Empty = new(Array.Empty<T>());

    private readonly T[] _items;

    public ReadOnlyArray(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
