using System;
using System.Runtime.CompilerServices;
using System.Text;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Json;

/// <summary>
/// One string per distinct short text of a seed file, looked up by the text's UTF-8 bytes in the file
/// so that a repeated text never becomes a string again. Ids, enum words and references repeat
/// throughout the seeds (at 100,000 events 3.5 million string values hold 350,000 distinct texts), and
/// the compiler keeps every file's parse for as long as it compiles.
/// </summary>
/// <remarks>
/// Longer texts (titles, quotes, summaries) are made into strings directly: they rarely repeat, and a
/// table holding them cost more, in a 100,000-event build, than the copies it saved.
/// </remarks>
internal sealed class Utf8TextPool
{
    /// <summary>Texts up to this many bytes are looked up; ids and enum words are well under it.</summary>
    public const int MaxPooledBytes = 64;

    private readonly byte[] _file;
    private int[] _buckets = new int[64]; // entry index + 1; 0 for an empty bucket
    private Entry[] _entries = new Entry[64];
    private int _count;

    /// <param name="file">The file's UTF-8 bytes, which the pooled texts are compared against.</param>
    public Utf8TextPool(byte[] file) => _file = file;

    /// <summary>The text of the file's bytes from <paramref name="start"/>, <paramref name="length"/> long.</summary>
    [MethodImpl(HotPath.Optimize)]
    public string Get(int start, int length)
    {
        if (length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(_file, start, length);
        }

        var key = new ReadOnlySpan<byte>(_file, start, length);
        var hash = Hash(key);
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && key.SequenceEqual(new ReadOnlySpan<byte>(_file, entry.Start, entry.Length)))
            {
                return entry.Text;
            }
        }

        return Add(start, length, hash);
    }

    private string Add(int start, int length, int hash)
    {
        if (_count == _entries.Length)
        {
            Grow();
        }

        var text = Encoding.UTF8.GetString(_file, start, length);
        ref var bucket = ref _buckets[hash & (_buckets.Length - 1)];
        _entries[_count] = new Entry { Hash = hash, Start = start, Length = length, Text = text, Next = bucket - 1 };
        bucket = _count + 1;
        _count++;
        return text;
    }

    /// <summary>Doubles the table and re-chains every entry, keeping the load at one entry per bucket or less.</summary>
    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _buckets = new int[_buckets.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            ref var bucket = ref _buckets[_entries[i].Hash & (_buckets.Length - 1)];
            _entries[i].Next = bucket - 1;
            bucket = i + 1;
        }
    }

    /// <summary>FNV-1a over the bytes: a lookup key within one file's parse, never stored or compared across runs.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)hash;
    }

    private struct Entry
    {
        public int Hash;
        public int Start;
        public int Length;
        public int Next;
        public string Text;
    }
}
