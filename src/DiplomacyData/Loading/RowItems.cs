using System.Threading;

namespace DiplomacyData;

/// <summary>
/// The decoded items of one list field (events' participants, say) for every record of its kind, each record's
/// read from its row the first time any view of its list needs them (<see cref="RowList{T}"/>). A record that is
/// never asked for its items costs one empty slot; the first array published for a record is the one every view
/// and every thread reads from then on.
/// </summary>
internal sealed class RowItems<T>
{
    private readonly int _first;
    private readonly T[]?[] _items;

    /// <param name="first">The position of the kind's first record.</param>
    /// <param name="count">How many records the kind has.</param>
    public RowItems(int first, int count)
    {
        _first = first;
        _items = new T[]?[count];
    }

    /// <summary>The items of <paramref name="owner"/>'s list that starts <paramref name="offset"/> bytes into one of its rows (see <see cref="RecordStore.RowOf"/>).</summary>
    public T[] Of(Record owner, int detailsRow, int offset, ItemReader<T> read)
    {
        ref var slot = ref _items[owner.Position - _first];
        return Volatile.Read(ref slot) ?? PublishOnce.Value(ref slot, Read(owner, detailsRow, offset, read));
    }

    private static T[] Read(Record owner, int detailsRow, int offset, ItemReader<T> read)
    {
        var reader = owner.Store.RowOf(owner, detailsRow, offset);
        return reader.ReadItems(read);
    }
}
