using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// Every index lookup of <see cref="Dataset"/> (by id, by name, typed by name, name search, the relation
/// lookups, references, children, the timeline and date windows) makes its answer once and hands out the
/// same list after that, so a program that asks again and again allocates nothing.
/// </summary>
public sealed class IndexLookupAllocationTests
{
    private static readonly Dataset Data = Dataset.Current;

    /// <summary>Fewer windows and texts than the lookups keep answers for, so that none is pushed out.</summary>
    private static readonly (DateTime From, DateTime To)[] Windows = Enumerable.Range(2013, 13)
        .Select(year => (new DateTime(year, 1, 1), new DateTime(year, 12, 31)))
        .Append((new DateTime(2023, 7, 1), new DateTime(2023, 7, 31)))
        .Append((DateTime.MinValue, DateTime.MaxValue))
        .ToArray();

    private static readonly string[] SearchTexts = { "cremnago", "vietnam", "ha noi", "   " };

    [Fact]
    public void Every_index_lookup_answers_with_the_same_list_and_allocates_nothing_after_the_first_time()
    {
        var all = Data.All;
        for (var i = 0; i < all.Count; i++)
        {
            Ask(all[i], (first, second) => Assert.Same(first, second));
        }

        AskUnkeyed((first, second) => Assert.Same(first, second));

        var seen = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 100; round++)
        {
            for (var i = 0; i < all.Count; i++)
            {
                seen += Count(all[i]);
            }

            seen += CountUnkeyed();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(seen > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_window_pushed_out_by_newer_ones_is_answered_again_with_the_same_events()
    {
        var july = (From: new DateTime(2023, 7, 1), To: new DateTime(2023, 7, 31));
        var first = Data.EventsBetween(july.From, july.To).ToArray();
        Assert.NotEmpty(first);

        // Twice as many other windows as are kept: single days, none of them July 2023.
        for (var day = 0; day < 32; day++)
        {
            var other = new DateTime(2010, 1, 1).AddDays(day);
            Data.EventsBetween(other, other);
        }

        Assert.Equal(first, Data.EventsBetween(july.From, july.To));
        Assert.Same(Data.EventsBetween(july.From, july.To), Data.EventsBetween(july.From, july.To));
    }

    /// <summary>Asks every lookup that applies to the record twice and hands both answers to <paramref name="check"/>.</summary>
    private static void Ask(Record record, Action<object, object> check)
    {
        check(Data.ReferencesTo(record), Data.ReferencesTo(record));
        check(Data.Find(record.Id)!, Data.Find(record.Id)!);
        if (record is Entity entity)
        {
            check(Data.EventsWith(entity), Data.EventsWith(entity));
            check(Data.EventsAt(entity), Data.EventsAt(entity));
            check(Data.StatementsBy(entity), Data.StatementsBy(entity));
            check(Data.FindByName(entity.Name), Data.FindByName(entity.Name));
            check(Data.FindByName<Person>(entity.Name), Data.FindByName<Person>(entity.Name));
            check(Data.FindByName<Organization>(entity.Name), Data.FindByName<Organization>(entity.Name));
            check(Data.FindByName<Place>(entity.Name), Data.FindByName<Place>(entity.Name));
            check(Data.FindByName<Country>(entity.Name), Data.FindByName<Country>(entity.Name));
            check(Data.FindByName<Entity>(entity.Name), Data.FindByName<Entity>(entity.Name));
        }

        if (Children(record) is { } children)
        {
            check(children, Children(record)!);
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

    /// <summary>Asks every lookup not keyed by a record twice: the timeline, the date windows and the name searches.</summary>
    private static void AskUnkeyed(Action<object, object> check)
    {
        check(Data.Timeline, Data.Timeline);
        foreach (var (from, to) in Windows)
        {
            check(Data.EventsBetween(from, to), Data.EventsBetween(from, to));
        }

        foreach (var text in SearchTexts)
        {
            check(Data.SearchNames(text), Data.SearchNames(text));
        }
    }

    /// <summary>Reads the first answer of every lookup that applies to the record, without an enumerator.</summary>
    private static int Count(Record record)
    {
        var seen = First(Data.ReferencesTo(record)) + Data.Find(record.Id)!.Id.Length;
        if (record is Entity entity)
        {
            seen += First(Data.EventsWith(entity)) + First(Data.EventsAt(entity)) + First(Data.StatementsBy(entity))
                + First(Data.FindByName(entity.Name)) + First(Data.FindByName<Person>(entity.Name))
                + First(Data.FindByName<Organization>(entity.Name)) + First(Data.FindByName<Place>(entity.Name))
                + First(Data.FindByName<Country>(entity.Name)) + First(Data.FindByName<Entity>(entity.Name));
        }

        if (Children(record) is { } children)
        {
            seen += First(children);
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

    private static int CountUnkeyed()
    {
        var seen = First(Data.Timeline);
        foreach (var (from, to) in Windows)
        {
            seen += First(Data.EventsBetween(from, to));
        }

        foreach (var text in SearchTexts)
        {
            seen += First(Data.SearchNames(text));
        }

        return seen;
    }

    /// <summary>The record's children, for the kinds that have a hierarchy.</summary>
    private static IReadOnlyList<Record>? Children(Record record) => record switch
    {
        Event e => e.Children,
        Place p => p.Children,
        Organization o => o.Children,
        Topic t => t.Children,
        _ => null,
    };

    private static int First<T>(IReadOnlyList<T> answers)
        where T : Record => answers.Count == 0 ? 0 : answers[0].Id.Length;

    private static int First(IReadOnlyList<RecordReference> answers) => answers.Count == 0 ? 0 : answers[0].Referrer.Id.Length;
}
