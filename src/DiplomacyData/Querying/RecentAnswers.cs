using System.Collections.Generic;
using System.Threading;

namespace DiplomacyData.Querying;

/// <summary>
/// The last few answers of a lookup whose keys are too many to keep an answer for each (date windows, search
/// texts), so that asking one of them again hands out the same list and allocates nothing, as the lookups
/// keyed by a record do. Bounded, so a program asking about ever new keys holds no more than
/// <see cref="Capacity"/> answers. Safe for concurrent use: an entry is immutable and replaced whole.
/// </summary>
internal sealed class RecentAnswers<TKey, TAnswer>
    where TAnswer : class
{
    /// <summary>Enough for a program cycling through the months of a year, or the years of the dataset's busiest decade.</summary>
    public const int Capacity = 16;

    private readonly Entry?[] _entries = new Entry?[Capacity];
    private int _added;

    /// <summary>The kept answer for <paramref name="key"/>, if it is one of the last <see cref="Capacity"/> added.</summary>
    public bool TryGet(TKey key, out TAnswer answer)
    {
        foreach (var entry in _entries)
        {
            if (entry is not null && EqualityComparer<TKey>.Default.Equals(entry.Key, key))
            {
                answer = entry.Answer;
                return true;
            }
        }

        answer = null!;
        return false;
    }

    /// <summary>Keeps <paramref name="answer"/> in place of the oldest, and returns it.</summary>
    public TAnswer Add(TKey key, TAnswer answer)
    {
        var slot = (int)((uint)Interlocked.Increment(ref _added) % Capacity);
        Volatile.Write(ref _entries[slot], new Entry(key, answer));
        return answer;
    }

    private sealed class Entry
    {
        public Entry(TKey key, TAnswer answer)
        {
            Key = key;
            Answer = answer;
        }

        public TKey Key { get; }

        public TAnswer Answer { get; }
    }
}
