using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DiplomacyData.TableFormat;

namespace DiplomacyData.Querying;

/// <summary>
/// The lookups behind <see cref="Dataset"/>'s query methods, answered from the indexes the generator
/// computed (DatasetIndexes.g.cs); nothing is built at start-up. Each answer list is made once per key,
/// on first use, and handed out again after that, so repeated lookups allocate nothing.
/// </summary>
internal sealed class DatasetIndex
{
    private readonly RecordStore _store;
    private readonly IReadOnlyList<Entity>?[] _byName = new IReadOnlyList<Entity>?[DatasetBlob.NameEntriesTable.Rows];
    private readonly object?[] _relations = new object?[DatasetBlob.RelationKeysTable.Rows];
    private readonly ChunkedText _referencePostings = new(DatasetBlob.ReferencePostings);
    private readonly ChunkedText _relationPostings = new(DatasetBlob.RelationPostings);

    /// <summary>The parent field's number in ReferenceFields (every hierarchy field is named <see cref="ReferencePath.Parent"/>).</summary>
    private static readonly int ParentField = System.Array.IndexOf(DatasetBlob.ReferenceFields, ReferencePath.Parent);

    /// <summary>The reverse reference answers by record position, allocated on the first such question (most programs never ask one).</summary>
    private IReadOnlyList<RecordReference>?[]? _referencesTo;

    private object?[]? _childrenOf;

    /// <summary>Per name entry, its answer filtered to each concrete entity type (by <see cref="EntityTypeSlot{T}"/>), made on the first typed question.</summary>
    private readonly object?[]?[] _byNameTyped = new object?[]?[DatasetBlob.NameEntriesTable.Rows];

    private readonly RecentAnswers<(int FromDay, int ToDay), IReadOnlyList<Event>> _recentWindows = new();
    private readonly RecentAnswers<string, IReadOnlyList<Entity>> _recentSearches = new();

    public DatasetIndex(RecordStore store) => _store = store;

    public Record? Find(string id)
    {
        var slots = DatasetBlob.IdSlotsTable;
        var mask = slots.Rows - 1;
        for (var slot = (int)(KeyHash.Of(id) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot, 0];
            if (entry == 0)
            {
                return null;
            }

            if (string.Equals(_store.IdOf(entry - 1), id, StringComparison.Ordinal))
            {
                return _store[entry - 1];
            }
        }
    }

    public IReadOnlyList<Entity> FindByName(string name)
    {
        var entry = NameEntry(name);
        return entry < 0 ? ReadOnlyArray<Entity>.Empty : ByName(entry);
    }

    /// <summary>The entities of type <typeparamref name="T"/> among <see cref="FindByName(string)"/>'s answer, filtered once per name entry and type.</summary>
    public IReadOnlyList<T> FindByName<T>(string name)
        where T : Entity
    {
        var entry = NameEntry(name);
        if (entry < 0)
        {
            return ReadOnlyArray<T>.Empty;
        }

        if (typeof(T) == typeof(Entity))
        {
            return (IReadOnlyList<T>)ByName(entry);
        }

        var typed = Volatile.Read(ref _byNameTyped[entry]) ?? PublishOnce.Value(ref _byNameTyped[entry], new object?[EntityTypeSlot.Count]);
        var slot = EntityTypeSlot<T>.Index;
        return (IReadOnlyList<T>)(Volatile.Read(ref typed[slot]) ?? PublishOnce.Value(ref typed[slot], OfType<T>(ByName(entry))));
    }

    public IReadOnlyList<Event> EventsWith(Entity participant) => Lookup<Event>(Relation.EventsWith, participant);

    public IReadOnlyList<Event> EventsInvolving(Country country) => Lookup<Event>(Relation.EventsInvolving, country);

    public IReadOnlyList<Event> EventsAt(Entity placeOrCountry) => Lookup<Event>(Relation.EventsAt, placeOrCountry);

    public IReadOnlyList<Event> EventsAbout(Topic topic) => Lookup<Event>(Relation.EventsAbout, topic);

    public IReadOnlyList<Statement> StatementsBy(Entity speaker) => Lookup<Statement>(Relation.StatementsBy, speaker);

    public IReadOnlyList<OfficeHeld> OfficesOf(Person person) => Lookup<OfficeHeld>(Relation.OfficesOf, person);

    /// <summary>Every record that refers to <paramref name="record"/>, with the field it refers through, from ReferenceStarts and ReferencePostings, decoded on the first question about it.</summary>
    public IReadOnlyList<RecordReference> ReferencesTo(Record record)
    {
        var answers = Volatile.Read(ref _referencesTo) ?? PublishOnce.Value(ref _referencesTo, new IReadOnlyList<RecordReference>?[_store.Count]);
        var position = record.Position;
        return Volatile.Read(ref answers[position]) ?? PublishOnce.Value(ref answers[position], DecodeReferences(position));
    }

    /// <summary>The records whose parent is <paramref name="parent"/>: its references through the parent field, in dataset order.</summary>
    public IReadOnlyList<T> ChildrenOf<T>(T parent)
        where T : Record
    {
        var answers = Volatile.Read(ref _childrenOf) ?? PublishOnce.Value(ref _childrenOf, new object?[_store.Count]);
        var position = parent.Position;
        return (IReadOnlyList<T>)(Volatile.Read(ref answers[position]) ?? PublishOnce.Value(ref answers[position], Children(parent)));
    }

    /// <summary>Events whose known date could fall within [from, to], in date order.</summary>
    public IReadOnlyList<Event> EventsBetween(DateTime from, DateTime to)
    {
        var window = (PartialDateBounds.DayOf(from), PartialDateBounds.DayOf(to));
        return _recentWindows.TryGet(window, out var answer) ? answer : _recentWindows.Add(window, EventsBetween(window.Item1, window.Item2));
    }

    private IReadOnlyList<Event> EventsBetween(int fromDay, int toDay)
    {
        // EventDates is sorted by first possible day. An event that reaches `from` starts at most
        // EventDateMaxSpanDays before it, so the scan starts there and stops after `to`.
        var dates = DatasetBlob.EventDatesTable;
        int low = 0, high = dates.Rows;
        var scanFrom = fromDay - DatasetBlob.EventDateMaxSpanDays;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (dates[middle, 0] < scanFrom)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        List<Event>? found = null;
        for (var row = low; row < dates.Rows && dates[row, 0] <= toDay; row++)
        {
            if (dates[row, 1] >= fromDay)
            {
                (found ??= new List<Event>()).Add((Event)_store[dates[row, 2]]);
            }
        }

        return found is null ? ReadOnlyArray<Event>.Empty : found.ToArray().AsReadOnlyList();
    }

    /// <summary>Entities whose folded name or alias contains the folded text, in id order; the last few texts' answers are kept.</summary>
    public IReadOnlyList<Entity> SearchNames(string text) =>
        _recentSearches.TryGet(text, out var answer) ? answer : _recentSearches.Add(text, Search(text));

    private IReadOnlyList<Entity> Search(string text)
    {
        var key = NameKey.Fold(text);
        if (key.Length == 0)
        {
            return ReadOnlyArray<Entity>.Empty;
        }

        var entries = DatasetBlob.NameEntriesTable;
        var found = new List<Entity>();
        for (var entry = 0; entry < entries.Rows; entry++)
        {
            if (_store.String(entries[entry, 0]).IndexOf(key, StringComparison.Ordinal) >= 0)
            {
                found.AddRange(ByName(entry));
            }
        }

        return found.Distinct().OrderBy(e => e.Id, StringComparer.Ordinal).ToArray().AsReadOnlyList();
    }

    /// <summary>The NameEntries row whose key <paramref name="name"/> folds to, or -1; folds and hashes character by character, so that the lookup allocates nothing.</summary>
    private int NameEntry(string name)
    {
        var hash = KeyHash.Seed;
        foreach (var c in name)
        {
            var folded = NameKey.FoldChar(c);
            if (folded != '\0')
            {
                hash = KeyHash.Add(hash, folded);
            }
        }

        var slots = DatasetBlob.NameSlotsTable;
        var mask = slots.Rows - 1;
        for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot, 0] - 1;
            if (entry < 0 || FoldsTo(name, _store.String(DatasetBlob.NameEntriesTable[entry, 0])))
            {
                return entry;
            }
        }
    }

    private IReadOnlyList<Entity> ByName(int entry) => Volatile.Read(ref _byName[entry]) ?? PublishOnce.Value(ref _byName[entry], Entities(entry));

    private static IReadOnlyList<T> OfType<T>(IReadOnlyList<Entity> matches)
        where T : Entity
    {
        var count = 0;
        foreach (var match in matches)
        {
            count += match is T ? 1 : 0;
        }

        if (count == 0)
        {
            return ReadOnlyArray<T>.Empty;
        }

        var typed = new T[count];
        count = 0;
        foreach (var match in matches)
        {
            if (match is T entity)
            {
                typed[count++] = entity;
            }
        }

        return new ReadOnlyArray<T>(typed);
    }

    /// <summary>True when <paramref name="name"/> folds to exactly <paramref name="key"/>; compares as it folds.</summary>
    private static bool FoldsTo(string name, string key)
    {
        var k = 0;
        foreach (var c in name)
        {
            var folded = NameKey.FoldChar(c);
            if (folded == '\0')
            {
                continue;
            }

            if (k == key.Length || key[k++] != folded)
            {
                return false;
            }
        }

        return k == key.Length;
    }

    /// <summary>Decodes the record's run of ReferencePostings (see <see cref="ReferenceRun"/>).</summary>
    private IReadOnlyList<RecordReference> DecodeReferences(int position)
    {
        ReferenceRun.Read(_referencePostings.Chunk, DatasetBlob.ReferenceStartsTable[position, 0], DatasetBlob.ReferenceFields.Length, out var referrers, out var fields);
        return referrers.Length == 0 ? ReadOnlyArray<RecordReference>.Empty : new ReferenceList(_store, referrers, fields);
    }

    /// <summary>The references through the parent field, from the record's reference list (decoded once for both questions).</summary>
    private IReadOnlyList<T> Children<T>(T parent)
        where T : Record
    {
        if (ReferencesTo(parent) is not ReferenceList references)
        {
            return ReadOnlyArray<T>.Empty;
        }

        var count = 0;
        for (var i = 0; i < references.Count; i++)
        {
            count += references.FieldAt(i) == ParentField ? 1 : 0;
        }

        if (count == 0)
        {
            return ReadOnlyArray<T>.Empty;
        }

        var children = new T[count];
        count = 0;
        for (var i = 0; i < references.Count; i++)
        {
            if (references.FieldAt(i) == ParentField)
            {
                children[count++] = (T)_store[references.ReferrerAt(i)];
            }
        }

        return new ReadOnlyArray<T>(children);
    }

    private IReadOnlyList<Entity> Entities(int entry)
    {
        var entries = DatasetBlob.NameEntriesTable;
        return new RecordList<Entity>(_store, entries[entry, 1], entries[entry, 2], DatasetBlob.NamePostingsTable);
    }

    private IReadOnlyList<T> Lookup<T>(Relation relation, Record key)
        where T : Record
    {
        var keys = DatasetBlob.RelationKeysTable;
        int low = DatasetBlob.RelationStarts[(int)relation], high = DatasetBlob.RelationStarts[(int)relation + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var found = keys[middle, 0];
            if (found == key.Position)
            {
                var list = Volatile.Read(ref _relations[middle]) ?? PublishOnce.Value(ref _relations[middle], new RecordList<T>(_store, ReferenceRun.ReadPositions(_relationPostings.Chunk, keys[middle, 1])));
                return (IReadOnlyList<T>)list;
            }

            if (found < key.Position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ReadOnlyArray<T>.Empty;
    }
}
