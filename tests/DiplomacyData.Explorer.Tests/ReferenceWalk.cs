using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace DiplomacyData.Explorer.Tests;

/// <summary>
/// An independent account of who refers to whom, by reflection over every public property of every
/// record, to check the explorer's <c>show</c> against. Computed properties are left out, as the
/// explorer leaves them out: <see cref="Entity.HomeCountry"/>, <see cref="Event.Country"/>, the
/// <c>Children</c> of events, topics, places and organizations (the records whose parent is this one: it is
/// they that refer), and an exclusion's evidence, which only repeats its source and quote.
/// </summary>
internal static class ReferenceWalk
{
    public static Dictionary<string, HashSet<string>> ReferrersById(IEnumerable<Record> records)
    {
        var referrers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var target in Referenced(record).Where(target => target != record))
            {
                if (!referrers.TryGetValue(target.Id, out var set))
                {
                    referrers[target.Id] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(record.Id);
            }
        }

        return referrers;
    }

    public static IEnumerable<PropertyInfo> OwnFacts(Type recordType) =>
        recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(Entity.HomeCountry) && p.Name != nameof(Record.Dates)) // derived views of other properties
            .Where(p => !(p.DeclaringType == typeof(Event) && p.Name == nameof(Event.Country)))
            .Where(p => p.Name != nameof(Event.Children))
            .Where(p => !(recordType == typeof(Exclusion) && p.Name == nameof(Record.Evidence)));

    private static IEnumerable<Record> Referenced(Record record) =>
        OwnFacts(record.GetType()).SelectMany(p => Walk(p.GetValue(record)));

    private static IEnumerable<Record> Walk(object? value) => value switch
    {
        null or string => [],
        Record record => [record],
        Participant participant => [participant.Actor],
        Evidence evidence => [evidence.Source],
        AliasSource use => [use.Source],
        PartialDate date => date.Inference?.Basis ?? [],
        IEnumerable items => items.Cast<object?>().SelectMany(Walk),
        _ => [],
    };
}
