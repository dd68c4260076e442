using System.Collections;
using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// The references to one record, decoded once from its run of the generated ReferencePostings table (see
/// the table format's ReferenceRun) into referrer positions and field numbers; reading one materializes
/// only its referrer. Like <see cref="ReadOnlyArray{T}"/>, it implements nothing writable.
/// </summary>
internal sealed class ReferenceList : IReadOnlyList<RecordReference>
{
    private readonly RecordStore _store;
    private readonly int[] _referrers;
    private readonly int[] _fields;

    public ReferenceList(RecordStore store, int[] referrers, int[] fields)
    {
        _store = store;
        _referrers = referrers;
        _fields = fields;
    }

    public int Count => _referrers.Length;

    public RecordReference this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            return new RecordReference(_store[_referrers[index]], DatasetBlob.ReferenceFields[_fields[index]]);
        }
    }

    /// <summary>The position of reference <paramref name="index"/>'s referrer, without reading the record.</summary>
    public int ReferrerAt(int index) => _referrers[index];

    /// <summary>The ReferenceFields number of reference <paramref name="index"/>'s field.</summary>
    public int FieldAt(int index) => _fields[index];

    public IEnumerator<RecordReference> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
