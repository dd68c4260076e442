using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.Querying;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Tables;

/// <summary>
/// Works out, at build time, every lookup the library answers, so that the library never builds an
/// index at run time: ids and folded names in open-addressing hash tables, the record lists behind
/// EventsWith/Involving/At/About, StatementsBy and OfficesOf, who refers to each record, and the events
/// in date order.
/// </summary>
internal sealed class IndexPlanner
{
    private readonly DatasetModel _model;

    public IndexPlanner(DatasetModel model)
    {
        _model = model;
    }

    /// <summary>Slot → record position + 1 (0 = empty); a record sits at the first free slot from hash(id) on.</summary>
    public int[] IdSlots()
    {
        var slots = new int[TableSize(_model.Records.Count)];
        for (var i = 0; i < _model.Records.Count; i++)
        {
            Place(slots, KeyHash.Of(_model.Records[i].Id), i + 1);
        }

        return slots;
    }

    /// <summary>Each distinct folded name or alias with the entities that bear it, in dataset order; names in order of first appearance.</summary>
    public List<(string Key, List<int> Records)> NameEntries()
    {
        var entries = new List<(string Key, List<int> Records)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _model.Records.Count; i++)
        {
            var record = _model.Records[i];
            if (SeedSchema.Kinds[record.KindIndex].IndexOf("aliases") < 0)
            {
                continue; // only entities (countries, places, organizations, people) are found by name
            }

            var names = new List<string> { Value(record, "name").Text ?? "" };
            names.AddRange(Value(record, "aliases").Items.Select(item => item.Text!));
            foreach (var name in names)
            {
                var key = NameKey.Fold(name);
                if (!byKey.TryGetValue(key, out var entry))
                {
                    byKey.Add(key, entry = entries.Count);
                    entries.Add((key, new List<int>()));
                }

                var list = entries[entry].Records;
                if (list.Count == 0 || list[list.Count - 1] != i)
                {
                    list.Add(i);
                }
            }
        }

        return entries;
    }

    public static int[] NameSlots(List<(string Key, List<int> Records)> entries)
    {
        var slots = new int[TableSize(entries.Count)];
        for (var i = 0; i < entries.Count; i++)
        {
            Place(slots, KeyHash.Of(entries[i].Key), i + 1);
        }

        return slots;
    }

    /// <summary>
    /// For each record, every record that refers to it (null when none does), as (referrer, index in <see cref="ReferenceFields.Paths"/>):
    /// referrers in dataset order, then their fields in schema order, each pair once however many times
    /// the field names the record (three quotes from one article are one <c>evidence.source</c>). A
    /// record's references to itself (a source dated from its own text) are left out: they say nothing
    /// about who else points at it.
    /// </summary>
    public List<(int Referrer, int Field)>?[] References()
    {
        var references = new List<(int Referrer, int Field)>?[_model.Records.Count];
        var pathIndex = ReferenceFields.Paths.Select((path, index) => (path, index)).ToDictionary(pair => pair.path, pair => pair.index, StringComparer.Ordinal);
        for (var i = 0; i < _model.Records.Count; i++)
        {
            var record = _model.Records[i];
            foreach (var field in ReferenceFields.Of(record.KindIndex))
            {
                var reference = (i, pathIndex[field.Path]);
                foreach (var target in TargetsAsRead(i, field))
                {
                    if (target < 0 || target == i)
                    {
                        continue;
                    }

                    var list = references[target] ??= new List<(int Referrer, int Field)>();

                    // One field is read whole before the next, so a target it names twice shows as the same last entry.
                    if (list.Count == 0 || list[list.Count - 1] != reference)
                    {
                        list.Add(reference);
                    }
                }
            }
        }

        return references;
    }

    /// <summary>
    /// The records a field refers to as the record type's property hands them out: what the field holds,
    /// except that Place.Country reads a place without a country of its own from the nearest place up the
    /// chain that names one, so Milan, in Lombardy, refers to Italy through its country like a place that names it.
    /// </summary>
    private IEnumerable<int> TargetsAsRead(int index, ReferenceField field)
    {
        var record = _model.Records[index];
        var value = record.Values[field.FieldIndex];
        return value.IsAbsent && field.Path == "country" && SeedSchema.Kinds[record.KindIndex].JsonKey == SeedSchema.Places
            ? new[] { HomeCountry(index) }
            : field.Targets(value);
    }

    /// <summary>For each <see cref="Relation"/> in its order, key record → the records it lists (ascending, each once), keys ascending.</summary>
    public List<SortedDictionary<int, List<int>>> RelationLists()
    {
        var relations = Enum.GetValues(typeof(Relation)).Cast<Relation>().Select(_ => new SortedDictionary<int, List<int>>()).ToList();
        var events = SeedSchema.KindIndex(SeedSchema.Events);
        var statements = SeedSchema.KindIndex(SeedSchema.Statements);
        var offices = SeedSchema.KindIndex(SeedSchema.Offices);
        for (var i = 0; i < _model.Records.Count; i++)
        {
            var record = _model.Records[i];
            if (record.KindIndex == events)
            {
                var actors = Value(record, "participants").Items.Select(p => p.Items[0].RecordIndex).ToList();
                Add(relations[(int)Relation.EventsWith], i, actors);
                Add(relations[(int)Relation.EventsInvolving], i, actors.Select(HomeCountry));
                Add(relations[(int)Relation.EventsAt], i, PlaceAndAncestors(Value(record, "place").RecordIndex));
                Add(relations[(int)Relation.EventsAbout], i, Value(record, "topics").Items.SelectMany(t => WithAncestors(t.RecordIndex)));
            }
            else if (record.KindIndex == statements)
            {
                Add(relations[(int)Relation.StatementsBy], i, Value(record, "speakers").Items.Select(s => s.RecordIndex));
            }
            else if (record.KindIndex == offices)
            {
                Add(relations[(int)Relation.OfficesOf], i, new[] { Value(record, "person").RecordIndex });
            }
        }

        return relations;
    }

    /// <summary>
    /// Events with a possible span of days, as (earliest day, latest day, position), in the library's
    /// ChronologicalOrder, as EventsBetween answers. An event's span comes from its effective date: its own
    /// date (through its end date), its bounds when both are given, or, for a sub-event without either, its
    /// parent's days. An event with no span (undated, or bounded on one side only) is in no window.
    /// </summary>
    public List<(int Earliest, int Latest, int Record)> EventDates() =>
        Chronology().Where(e => e.Date.First is not null && e.Date.Last is not null).Select(e => (e.Date.First!.Value, e.Date.Last!.Value, e.Record)).ToList();

    /// <summary>
    /// Every event with its effective date, in the library's ChronologicalOrder (Dataset.Timeline's): by
    /// effective date, undated last, events on the same date in tree order. The report site's timeline lists them so.
    /// </summary>
    public List<(EffectiveDate Date, int Record)> Chronology()
    {
        var events = SeedSchema.KindIndex(SeedSchema.Events);
        var placed = new Dictionary<int, EffectiveDate>();
        var all = new List<(EffectiveDate Date, string[] Path, int Record)>();
        for (var i = 0; i < _model.Records.Count; i++)
        {
            var record = _model.Records[i];
            if (record.KindIndex != events)
            {
                continue;
            }

            // Records come parent first, so a parent's effective date is known before its sub-events ask for it.
            var parent = ParentOf(i);
            var effective = EffectiveDate.Own(Value(record, "date"))
                ?? (parent >= 0 ? EffectiveDate.DuringParent(Value(_model.Records[parent], "date"), Value(_model.Records[parent], "endDate")) ?? placed[parent] : EffectiveDate.None);
            effective = effective.WithEnd(Value(record, "endDate"));
            placed[i] = effective;
            all.Add((effective, PathOf(i), i));
        }

        all.Sort((x, y) =>
        {
            var byDate = x.Date.CompareTo(y.Date);
            return byDate != 0 ? byDate : ComparePaths(x.Path, y.Path);
        });
        return all.Select(e => (e.Date, e.Record)).ToList();
    }

    /// <summary>The ids from the root of the event's hierarchy down to the event: tree order compares these.</summary>
    private string[] PathOf(int index)
    {
        var path = new List<string>();
        for (var current = index; current >= 0; current = ParentOf(current))
        {
            path.Add(_model.Records[current].Id);
        }

        path.Reverse();
        return path.ToArray();
    }

    /// <summary>Pre-order: an ancestor before its descendants, else the ids where the two branches part, ordinally.</summary>
    private static int ComparePaths(string[] x, string[] y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var byId = string.CompareOrdinal(x[i], y[i]);
            if (byId != 0)
            {
                return byId;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static LinkedValue Value(LinkedRecord record, string field) => record.Values[SeedSchema.Kinds[record.KindIndex].IndexOf(field)];

    private int ParentOf(int index) => _model.Records[index].ParentPosition;

    /// <summary>Mirrors Entity.HomeCountry: a country itself, a person's nationality, an organization's country, a place's nearest country.</summary>
    private int HomeCountry(int index)
    {
        for (var current = index; current >= 0; current = ParentOf(current))
        {
            var record = _model.Records[current];
            switch (SeedSchema.Kinds[record.KindIndex].JsonKey)
            {
                case SeedSchema.Countries:
                    return current;
                case SeedSchema.People:
                    return Value(record, "nationality").RecordIndex;
                case SeedSchema.Organizations:
                    return Value(record, "country").RecordIndex;
                case SeedSchema.Places:
                    var country = Value(record, "country").RecordIndex;
                    if (country >= 0)
                    {
                        return country;
                    }

                    continue;
                default:
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>Mirrors the place lookup: the place, every place it lies in, then its country.</summary>
    private IEnumerable<int> PlaceAndAncestors(int place)
    {
        if (place < 0)
        {
            yield break;
        }

        if (SeedSchema.Kinds[_model.Records[place].KindIndex].JsonKey == SeedSchema.Places)
        {
            foreach (var ancestor in WithAncestors(place))
            {
                yield return ancestor;
            }
        }

        yield return HomeCountry(place);
    }

    private IEnumerable<int> WithAncestors(int index)
    {
        for (var current = index; current >= 0; current = ParentOf(current))
        {
            yield return current;
        }
    }

    private static void Add(SortedDictionary<int, List<int>> relation, int record, IEnumerable<int> keys)
    {
        foreach (var key in keys)
        {
            if (key < 0)
            {
                continue;
            }

            if (!relation.TryGetValue(key, out var list))
            {
                relation[key] = list = new List<int>();
            }

            // Records are added in ascending order, so a key listed twice for one record shows as the same last entry.
            if (list.Count == 0 || list[list.Count - 1] != record)
            {
                list.Add(record);
            }
        }
    }

    private static bool TryDate(LinkedValue value, out int year, out int month, out int day)
    {
        year = month = day = 0;
        return !value.IsAbsent && PartialDateText.TryParse(value.Text!, out year, out month, out day, out _);
    }

    /// <summary>A power of two at least twice the count, so probes stay short.</summary>
    private static int TableSize(int count)
    {
        var size = 16;
        while (size < count * 2)
        {
            size <<= 1;
        }

        return size;
    }

    private static void Place(int[] slots, uint hash, int value)
    {
        var mask = slots.Length - 1;
        var slot = (int)(hash & (uint)mask);
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = value;
    }
}
