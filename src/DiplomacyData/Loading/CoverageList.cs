using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace DiplomacyData;

/// <summary>The sentence coverage of each source, read from the generated Coverage table when first listed.</summary>
internal sealed class CoverageList : IReadOnlyList<SourceCoverage>
{
    private readonly RecordStore _store;
    private readonly SourceCoverage?[] _items = new SourceCoverage?[DatasetBlob.CoverageTable.Rows];

    public CoverageList(RecordStore store) => _store = store;

    public int Count => _items.Length;

    public SourceCoverage this[int index]
    {
        get
        {
            if (Volatile.Read(ref _items[index]) is { } item)
            {
                return item;
            }

            var table = DatasetBlob.CoverageTable;
            var made = new SourceCoverage(_store.String(table[index, 0]), table[index, 1], table[index, 2], table[index, 3], table[index, 4]);
            return PublishOnce.Value(ref _items[index], made);
        }
    }

    public IEnumerator<SourceCoverage> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
