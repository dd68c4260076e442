using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Explorer.Export;

namespace DiplomacyData.Explorer.Showing;

/// <summary>A record that refers to another one, and the fields it does so through.</summary>
internal sealed record Referrer(Record Record, IReadOnlyList<string> Fields);

/// <summary>
/// Who refers to whom, for <c>show</c>: built by walking every field of every record through
/// <see cref="RecordFields"/>, so it covers every kind and every reference field (participants,
/// evidence sources, date inference bases...) without a list of its own to keep up to date.
/// </summary>
internal sealed class ReferenceIndex
{
    private static readonly Lazy<ReferenceIndex> Built = new(() => new ReferenceIndex(Dataset.Current.All));

    private readonly Dictionary<string, Referrer[]> _referrers;

    public ReferenceIndex(IEnumerable<Record> records)
    {
        var found = new Dictionary<string, List<(Record Record, string Field)>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var field in RecordFields.Of(record))
            {
                foreach (var id in ReferencedIds(field.Value))
                {
                    if (id == record.Id)
                    {
                        continue; // a source whose date is inferred from its own text
                    }

                    if (!found.TryGetValue(id, out var list))
                    {
                        found[id] = list = [];
                    }

                    list.Add((record, field.Name));
                }
            }
        }

        _referrers = found.ToDictionary(
            pair => pair.Key,
            pair => pair.Value
                .GroupBy(reference => reference.Record)
                .Select(group => new Referrer(group.Key, group.Select(reference => reference.Field).Distinct(StringComparer.Ordinal).ToArray()))
                .OrderBy(referrer => referrer.Record.Kind)
                .ThenBy(referrer => referrer.Record.Id, StringComparer.Ordinal)
                .ToArray(),
            StringComparer.Ordinal);
    }

    public static ReferenceIndex Current => Built.Value;

    /// <summary>The records that refer to <paramref name="target"/>, by kind and then id.</summary>
    public IReadOnlyList<Referrer> To(Record target) =>
        _referrers.TryGetValue(target.Id, out var referrers) ? referrers : [];

    private static IEnumerable<string> ReferencedIds(FieldValue value) => value.Kind switch
    {
        FieldValueKind.Reference => [value.Scalar!],
        FieldValueKind.List => value.Items.SelectMany(ReferencedIds),
        FieldValueKind.Group => value.Members.SelectMany(member => ReferencedIds(member.Value)),
        _ => [],
    };
}
