using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generator.Sharing;

/// <summary>
/// The reads (parses) of additional files, shared by the compilations of one compiler process: the build
/// server compiles a project's netstandard2.0 and net8.0 builds side by side, each with its own copy of
/// every seed file, and without this each would parse all of them. A read is keyed by the file's path and
/// the checksum of its content, so two compilations share it only when they read the same bytes from the
/// same place, and the result is what a fresh read would give.
/// </summary>
/// <remarks>
/// A finished read is held weakly: it lives as long as some compilation holds it, and the cache never keeps
/// a dataset alive on its own. Dead entries are swept when the table has doubled since the last sweep.
/// </remarks>
internal static class SharedReads<T>
    where T : class
{
    /// <summary>By key: a <see cref="SharedRun{T}"/> while the read runs, a <see cref="WeakReference{T}"/> after.</summary>
    private static readonly ConcurrentDictionary<string, object> Entries = new(StringComparer.Ordinal);
    private static int _sweepAt = 1024;

    /// <summary>The file's result: joined from another compilation's read of the same content, or read now.</summary>
    public static T Read(AdditionalText file, Func<T> read, CancellationToken token)
    {
        var text = file.GetText(token);
        if (text is null)
        {
            return read();
        }

        var key = Key(file.Path, text.GetChecksum());
        while (true)
        {
            token.ThrowIfCancellationRequested();
            if (Entries.TryGetValue(key, out var found))
            {
                if (found is WeakReference<T> finished ? finished.TryGetTarget(out var kept) : ((SharedRun<T>)found).TryJoin(token, out kept))
                {
                    return kept;
                }

                // A finished read nobody holds any more, or a run that failed: read it again.
                Remove(key, found);
                continue;
            }

            var run = new SharedRun<T>();
            if (!Entries.TryAdd(key, run))
            {
                continue;
            }

            T result;
            try
            {
                result = read();
            }
            catch
            {
                Remove(key, run);
                run.Fail();
                throw;
            }

            Entries.TryUpdate(key, new WeakReference<T>(result), run);
            run.Complete(result);
            SweepWhenLarge();
            return result;
        }
    }

    private static string Key(string path, System.Collections.Immutable.ImmutableArray<byte> checksum)
    {
        var key = new StringBuilder(path.Length + 1 + (checksum.Length * 2)).Append(path).Append('\n');
        foreach (var b in checksum)
        {
            key.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }

    private static void Remove(string key, object entry) => ((ICollection<KeyValuePair<string, object>>)Entries).Remove(new KeyValuePair<string, object>(key, entry));

    private static void SweepWhenLarge()
    {
        var sweepAt = Volatile.Read(ref _sweepAt);
        if (Entries.Count < sweepAt || Interlocked.CompareExchange(ref _sweepAt, int.MaxValue, sweepAt) != sweepAt)
        {
            return;
        }

        foreach (var entry in Entries)
        {
            if (entry.Value is WeakReference<T> finished && !finished.TryGetTarget(out _))
            {
                Remove(entry.Key, entry.Value);
            }
        }

        Volatile.Write(ref _sweepAt, Math.Max(1024, Entries.Count * 2));
    }
}
