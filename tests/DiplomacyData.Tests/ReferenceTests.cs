using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// <see cref="Dataset.ReferencesTo"/> and the <c>Children</c> of hierarchies, checked against an
/// account of who refers to whom worked out here, by reflection over every record, without the index.
/// </summary>
public sealed class ReferenceTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void Every_record_is_referred_to_by_exactly_what_a_walk_over_every_record_finds_in_order()
    {
        var expected = ReferencesByWalk();
        Assert.Contains(expected.Values.SelectMany(list => list), reference => reference.Field == "evidence.source");
        Assert.Contains(expected.Values.SelectMany(list => list), reference => reference.Field.EndsWith(".basis", StringComparison.Ordinal));

        foreach (var record in Data.All)
        {
            var walked = expected.TryGetValue(record, out var list) ? list : [];
            var indexed = Data.ReferencesTo(record).Select(reference => (reference.Referrer, reference.Field)).ToList();
            Assert.True(walked.SequenceEqual(indexed), $"{record}: expected [{string.Join(", ", walked)}], the index gives [{string.Join(", ", indexed)}]");
        }
    }

    [Fact]
    public void A_persons_participations_statements_and_offices_are_what_the_other_lookups_give()
    {
        foreach (var person in Data.People)
        {
            var references = Data.ReferencesTo(person);
            Record[] Through(string field) => references.Where(r => r.Field == field).Select(r => r.Referrer).ToArray();

            Assert.Equal(Data.EventsWith(person), Through("participants.actor"));
            Assert.Equal(Data.StatementsBy(person), Through("speakers"));
            Assert.Equal(Data.OfficesOf(person), Through("person"));
        }

        var xuan = Data.ReferencesTo(People.VoThiAnhXuan);
        Assert.Contains(xuan, r => r.Referrer is Event && r.Field == "participants.actor");
        Assert.Contains(xuan, r => r.Referrer is Statement && r.Field == "speakers");
        Assert.Contains(xuan, r => r.Referrer is OfficeHeld && r.Field == "person");
    }

    [Fact]
    public void Milan_refers_to_Italy_through_the_country_it_takes_from_Lombardy()
    {
        Assert.Same(Places.Lombardy, Places.Milan.Parent);
        Assert.Same(Countries.Italy, Places.Milan.Country);
        Assert.Contains(new RecordReference(Places.Milan, "country"), Data.ReferencesTo(Countries.Italy));
        Assert.Contains(new RecordReference(Places.Milan, "parent"), Data.ReferencesTo(Places.Lombardy));
    }

    [Fact]
    public void Children_are_the_records_whose_parent_is_this_one_in_dataset_order()
    {
        Assert.Contains(Data.Events, e => e.Children.Count > 0);
        Assert.Contains(Data.Topics, t => t.Children.Count > 0);
        Assert.Contains(Data.Places, p => p.Children.Count > 0);
        foreach (var e in Data.Events)
        {
            Assert.Equal(Data.Events.Where(child => child.Parent == e), e.Children);
        }

        foreach (var topic in Data.Topics)
        {
            Assert.Equal(Data.Topics.Where(child => child.Parent == topic), topic.Children);
        }

        foreach (var place in Data.Places)
        {
            Assert.Equal(Data.Places.Where(child => child.Parent == place), place.Children);
        }

        foreach (var organization in Data.Organizations)
        {
            Assert.Equal(Data.Organizations.Where(child => child.Parent == organization), organization.Children);
        }
    }

    [Fact]
    public void Asking_again_returns_the_same_lists_and_allocates_nothing()
    {
        var all = Data.All;
        var events = Data.Events;
        for (var i = 0; i < all.Count; i++)
        {
            Assert.Same(Data.ReferencesTo(all[i]), Data.ReferencesTo(all[i]));
        }

        for (var i = 0; i < events.Count; i++)
        {
            Assert.Same(events[i].Children, events[i].Children);
        }

        var seen = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 100; round++)
        {
            for (var i = 0; i < all.Count; i++)
            {
                var references = Data.ReferencesTo(all[i]);
                seen += references.Count == 0 ? 0 : references[0].Field.Length;
            }

            for (var i = 0; i < events.Count; i++)
            {
                seen += events[i].Children.Count;
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(seen > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_null_record_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Data.ReferencesTo(null!));
    }

    /// <summary>
    /// Who refers to whom, read from each record's public properties in the order of its constructor's
    /// parameters (which the generated decoder fills by the schema's field names, in schema order). A
    /// parameter names its field; a reference in a list's items is the list's parameter and the item's
    /// property (<c>participants.actor</c>); an inferred date's sources are the date's parameter and
    /// <c>basis</c>. Each (referrer, field) once per record referred to; no record refers to itself.
    /// </summary>
    private static Dictionary<Record, List<(Record Referrer, string Field)>> ReferencesByWalk()
    {
        var found = new Dictionary<Record, List<(Record Referrer, string Field)>>(ReferenceEqualityComparer.Instance);
        foreach (var referrer in Data.All)
        {
            var type = referrer.GetType();
            foreach (var name in FieldNames(type))
            {
                var property = type.GetProperty(PropertyNamed.TryGetValue(name, out var renamed) ? renamed : char.ToUpperInvariant(name[0]) + name[1..]);
                if (property is null)
                {
                    continue; // a field read under another name (file as FileName, rank as MilitaryRank): none of them refers to a record
                }

                foreach (var (target, field) in Referenced(property.GetValue(referrer), name))
                {
                    if (ReferenceEquals(target, referrer))
                    {
                        continue;
                    }

                    if (!found.TryGetValue(target, out var list))
                    {
                        found[target] = list = [];
                    }

                    if (!list.Contains((referrer, field)))
                    {
                        list.Add((referrer, field));
                    }
                }
            }
        }

        // The index lists a referrer's fields in schema order (a code's source before its target), while the
        // walk met them value by value: order each referrer's fields by the schema's order of field names.
        foreach (var list in found.Values)
        {
            var ordered = list
                .OrderBy(reference => list.FindIndex(other => ReferenceEquals(other.Referrer, reference.Referrer))) // referrers stay in dataset order
                .ThenBy(reference => FieldRank(reference.Referrer, reference.Field))
                .ToList();
            list.Clear();
            list.AddRange(ordered);
        }

        return found;
    }

    private static IEnumerable<(Record Target, string Field)> Referenced(object? value, string field) => value switch
    {
        null or string => [],
        Record record => [(record, field)],
        PartialDate date => (date.Inference?.Basis ?? []).Select(source => ((Record)source, field + ".basis")),
        IEnumerable items => items.Cast<object>().SelectMany(item => item is Record ? Referenced(item, field) : MembersOf(item, field)),
        _ => [],
    };

    /// <summary>
    /// A record type's field names in schema order: its constructor's parameters, which the generated decoder fills
    /// by the schema's field names; or, for a kind that reads each field from its row (events, whose constructor
    /// takes nothing), the generated field readers of <c>DatasetDecoder.{Kind}Fields</c>, named by their properties.
    /// </summary>
    private static string[] FieldNames(Type type)
    {
        var parameters = type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single().GetParameters();
        if (parameters.Length > 0)
        {
            return parameters.Select(p => p.Name!).ToArray();
        }

        var readers = typeof(DatasetDecoder).GetNestedType(type.Name + "Fields", BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{type.Name} takes no constructor arguments but has no generated field readers.");
        return readers.GetMethods(BindingFlags.Static | BindingFlags.NonPublic)
            .Where(method => method.Name is not ("At" or "DetailAt" or "Skip" or "SkipDetails"))
            .OrderBy(method => method.MetadataToken)
            .Select(method => PropertyNamed.FirstOrDefault(pair => pair.Value == method.Name).Key ?? char.ToLowerInvariant(method.Name[0]) + method.Name[1..])
            .ToArray();
    }

    /// <summary>Where a field stands in its referrer's schema order: its constructor parameter, then, in a list of items, the item member.</summary>
    private static int FieldRank(Record referrer, string field)
    {
        var parts = field.Split('.');
        var parameter = Array.IndexOf(FieldNames(referrer.GetType()), parts[0]);
        var member = parts.Length == 1 ? 0 : parts[1] switch { "source" => 1, "target" => 2, _ => 0 };
        return (parameter * 10) + member;
    }

    /// <summary>The record properties whose names are not their fields' in PascalCase (the schema says so with AsProperty).</summary>
    private static readonly Dictionary<string, string> PropertyNamed = new(StringComparer.Ordinal) { ["plover"] = nameof(Event.PloverCodes), ["kind"] = nameof(Event.EventKind) };

    /// <summary>A code's actors: the lists <c>Sources</c> and <c>Targets</c> are the seed fields <c>source</c> and <c>target</c>.</summary>
    private static readonly Dictionary<string, string> ItemFieldNamed = new(StringComparer.Ordinal) { ["Sources"] = "source", ["Targets"] = "target" };

    /// <summary>The records an item of a list (a participant, a piece of evidence, a code's actors) names, each under the list's field and the member's name.</summary>
    private static IEnumerable<(Record Target, string Field)> MembersOf(object item, string field) =>
        item.GetType().GetProperties()
            .Where(member => member.GetIndexParameters().Length == 0)
            .SelectMany(member => member.GetValue(item) switch
            {
                Record record => [(record, field + "." + ItemField(member.Name))],
                IEnumerable<Record> records => records.Select(record => (record, field + "." + ItemField(member.Name))),
                _ => Enumerable.Empty<(Record, string)>(),
            });

    private static string ItemField(string property) =>
        ItemFieldNamed.TryGetValue(property, out var field) ? field : char.ToLowerInvariant(property[0]) + property[1..];
}
