using System;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// The relation lookups (<see cref="Dataset.EventsWith"/>, <see cref="Dataset.EventsInvolving"/>,
/// <see cref="Dataset.EventsAt"/>, <see cref="Dataset.EventsAbout"/>, <see cref="Dataset.StatementsBy"/>,
/// <see cref="Dataset.OfficesOf"/>) decode a key's run of positions once and hand out the same list after
/// that, so a program that asks again and again allocates nothing.
/// </summary>
public sealed class RelationLookupAllocationTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void Every_relation_lookup_answers_with_the_same_list_and_allocates_nothing_after_the_first_time()
    {
        var all = Data.All;
        for (var i = 0; i < all.Count; i++)
        {
            Ask(all[i], (first, second) => Assert.Same(first, second));
        }

        var seen = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 100; round++)
        {
            for (var i = 0; i < all.Count; i++)
            {
                seen += Count(all[i]);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(seen > 0);
        Assert.Equal(0, allocated);
    }

    /// <summary>Asks every lookup that applies to the record twice and hands both answers to <paramref name="check"/>.</summary>
    private static void Ask(Record record, Action<object, object> check)
    {
        if (record is Entity entity)
        {
            check(Data.EventsWith(entity), Data.EventsWith(entity));
            check(Data.EventsAt(entity), Data.EventsAt(entity));
            check(Data.StatementsBy(entity), Data.StatementsBy(entity));
        }

        if (record is Country country)
        {
            check(Data.EventsInvolving(country), Data.EventsInvolving(country));
        }

        if (record is Topic topic)
        {
            check(Data.EventsAbout(topic), Data.EventsAbout(topic));
        }

        if (record is Person person)
        {
            check(Data.OfficesOf(person), Data.OfficesOf(person));
        }
    }

    /// <summary>Reads the first answer of every lookup that applies to the record, without an enumerator.</summary>
    private static int Count(Record record)
    {
        var seen = 0;
        if (record is Entity entity)
        {
            seen += First(Data.EventsWith(entity)) + First(Data.EventsAt(entity)) + First(Data.StatementsBy(entity));
        }

        if (record is Country country)
        {
            seen += First(Data.EventsInvolving(country));
        }

        if (record is Topic topic)
        {
            seen += First(Data.EventsAbout(topic));
        }

        if (record is Person person)
        {
            seen += First(Data.OfficesOf(person));
        }

        return seen;
    }

    private static int First<T>(System.Collections.Generic.IReadOnlyList<T> answers)
        where T : Record => answers.Count == 0 ? 0 : answers[0].Id.Length;
}
