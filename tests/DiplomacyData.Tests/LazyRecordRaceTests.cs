using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// Records are read from the compiled tables when first touched. Threads racing to read the same records,
/// in different orders, must all end up with one object per record, and references between records must
/// point at those same objects.
/// </summary>
public sealed class LazyRecordRaceTests
{
    [Fact]
    public void Threads_racing_through_a_fresh_store_in_different_orders_share_one_object_per_record()
    {
        const int threads = 8;
        var store = new RecordStore();
        var seen = new Record[threads][];
        using var start = new Barrier(threads);

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var order = Enumerable.Range(0, store.Count).ToArray();
            new Random(t).Shuffle(order);
            var mine = new Record[store.Count];
            start.SignalAndWait();
            foreach (var position in order)
            {
                mine[position] = store[position];
            }

            seen[t] = mine;
        });

        for (var position = 0; position < store.Count; position++)
        {
            var first = seen[0][position];
            Assert.All(seen, mine => Assert.Same(first, mine[position]));
        }

        var byId = seen[0].ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var e in seen[0].OfType<Event>())
        {
            if (e.Place is { } place)
            {
                Assert.Same(byId[place.Id], place);
            }

            Assert.All(e.Participants, p => Assert.Same(byId[p.Actor.Id], p.Actor));
        }
    }

    [Fact]
    public void Threads_racing_for_an_events_fields_share_one_item_and_text_each_whose_references_are_the_stores_records()
    {
        const int threads = 8;
        var store = new RecordStore();
        var (start, count) = store.Range(RecordKind.Event);
        var events = Enumerable.Range(start, count).Select(i => (Event)store[i]).ToArray();
        var seen = new object?[threads][];
        using var barrier = new Barrier(threads);

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var order = Enumerable.Range(0, events.Length).ToArray();
            new Random(t).Shuffle(order);
            var mine = new object?[events.Length * Fields.Length];
            barrier.SignalAndWait();
            foreach (var i in order)
            {
                for (var f = 0; f < Fields.Length; f++)
                {
                    mine[(i * Fields.Length) + f] = Fields[f](events[i]);
                }
            }

            seen[t] = mine;
        });

        for (var i = 0; i < seen[0].Length; i++)
        {
            Assert.All(seen, mine => Assert.Same(seen[0][i], mine[i]));
        }

        Assert.All(events, e =>
        {
            Assert.All(e.Evidence, evidence => Assert.Same(store[evidence.Source.Position], evidence.Source));
            Assert.All(e.Participants, p => Assert.Same(store[p.Actor.Position], p.Actor));
            Assert.All(e.Topics, topic => Assert.Same(store[topic.Position], topic));
            Assert.All(e.Cameo.SelectMany(c => c.Sources.Concat(c.Targets)), actor => Assert.Same(store[actor.Position], actor));
            Assert.Equal(e.Cameo.Select(c => c.Code), e.CameoCodes);
        });
    }

    [Fact]
    public void Threads_reading_an_events_lists_at_the_same_moment_share_one_item_each()
    {
        const int threads = 4;
        var store = new RecordStore();
        var (start, count) = store.Range(RecordKind.Event);
        var seen = new object?[threads][];
        using var barrier = new Barrier(threads);

        // Every thread reaches each event's lists at once (the barrier), so their first reads race.
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = new object?[count * 3];
            for (var i = 0; i < count; i++)
            {
                var e = (Event)store[start + i];
                barrier.SignalAndWait();
                mine[i * 3] = First(e.Participants);
                mine[(i * 3) + 1] = First(e.Evidence);
                mine[(i * 3) + 2] = First(e.Cameo);
            }

            seen[t] = mine;
        })).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());

        for (var i = 0; i < seen[0].Length; i++)
        {
            Assert.All(seen, mine => Assert.Same(seen[0][i], mine[i]));
        }
    }

    /// <summary>
    /// The texts an event reads from its row, and the first item of each list (read after its count), each a
    /// reference the threads must agree on. The lists themselves are views made on each read, so only their
    /// items are shared.
    /// </summary>
    private static readonly Func<Event, object?>[] Fields =
    [
        e => e.Id, e => e.Title, e => e.DateText, e => e.Summary, e => e.ActorsNote, e => e.Note,
        e => First(e.Participants), e => First(e.Topics), e => First(e.Cameo), e => First(e.CameoCodes), e => First(e.PloverCodes), e => First(e.Evidence),
        e => Last(e.Participants), e => Last(e.Evidence),
    ];

    private static object? Last<T>(IReadOnlyList<T> list) => list.Count > 0 ? list[^1] : null;

    private static object? First<T>(IReadOnlyList<T> list) => list.Count > 0 ? list[0] : null;

    [Fact]
    public void A_fresh_store_reads_the_same_data_as_the_current_dataset()
    {
        var store = new RecordStore();

        Assert.Equal(Dataset.Current.All.Count, store.Count);
        Assert.Equal(Dataset.Current.All.Select(r => r.ToString()), Enumerable.Range(0, store.Count).Select(i => store[i].ToString()));
    }
}
