using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Querying;

/// <summary>
/// The lookup tables behind <see cref="Dataset"/>'s query methods, built once when the dataset is
/// first used. Each lookup answers with a list it already holds, so repeated queries allocate nothing.
/// </summary>
internal sealed class DatasetIndex
{
    private readonly Dictionary<string, Record> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Entity>> _byNameKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Record, IReadOnlyList<Event>> _eventsByParticipant;
    private readonly Dictionary<Record, IReadOnlyList<Event>> _eventsByCountryInvolved;
    private readonly Dictionary<Record, IReadOnlyList<Event>> _eventsByPlace;
    private readonly Dictionary<Record, IReadOnlyList<Event>> _eventsByTopic;
    private readonly Dictionary<Record, IReadOnlyList<Statement>> _statementsBySpeaker;
    private readonly Dictionary<Record, IReadOnlyList<OfficeHeld>> _officesByPerson;
    private readonly Event[] _datedEvents;

    public DatasetIndex(DatasetTables tables, IReadOnlyList<Record> all)
    {
        foreach (var record in all)
        {
            _byId.Add(record.Id, record);
        }

        var names = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var entity in all.OfType<Entity>())
        {
            foreach (var name in new[] { entity.Name }.Concat(entity.Aliases))
            {
                var key = NameKey.Fold(name);
                if (!names.TryGetValue(key, out var list))
                {
                    names[key] = list = new List<Entity>();
                }

                if (!list.Contains(entity))
                {
                    list.Add(entity);
                }
            }
        }

        foreach (var pair in names)
        {
            _byNameKey[pair.Key] = pair.Value.ToArray().AsReadOnlyList();
        }

        var events = tables.Events;
        _eventsByParticipant = Group(events, e => e.Participants.Select(p => (Record)p.Actor));
        _eventsByCountryInvolved = Group(events, e => e.Participants.Select(p => p.Actor.HomeCountry).Where(c => c is not null).Select(c => (Record)c!));
        _eventsByPlace = Group(events, e => Ancestors(e.Place));
        _eventsByTopic = Group(events, e => e.Topics.SelectMany(TopicAncestors));
        _statementsBySpeaker = Group(tables.Statements, s => s.Speakers);
        _officesByPerson = Group(tables.Offices, o => new Record[] { o.Person });
        _datedEvents = events.Where(e => e.Date.IsKnown).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    public Record? Find(string id) => _byId.TryGetValue(id, out var record) ? record : null;

    public IReadOnlyList<Entity> FindByName(string name) => Lookup(_byNameKey, NameKey.Fold(name));

    public IReadOnlyList<Event> EventsWith(Entity participant) => Lookup(_eventsByParticipant, participant);

    public IReadOnlyList<Event> EventsInvolving(Country country) => Lookup(_eventsByCountryInvolved, country);

    public IReadOnlyList<Event> EventsAt(Entity placeOrCountry) => Lookup(_eventsByPlace, placeOrCountry);

    public IReadOnlyList<Event> EventsAbout(Topic topic) => Lookup(_eventsByTopic, topic);

    public IReadOnlyList<Statement> StatementsBy(Entity speaker) => Lookup(_statementsBySpeaker, speaker);

    public IReadOnlyList<OfficeHeld> OfficesOf(Person person) => Lookup(_officesByPerson, person);

    /// <summary>Events whose known date could fall within [from, to], in date order.</summary>
    public IReadOnlyList<Event> EventsBetween(DateTime from, DateTime to)
    {
        var found = new List<Event>();
        foreach (var e in _datedEvents)
        {
            var latest = e.EndDate.IsKnown ? e.EndDate.Latest!.Value : e.Date.Latest!.Value;
            if (e.Date.Earliest!.Value > to.Date)
            {
                break;
            }

            if (latest >= from.Date)
            {
                found.Add(e);
            }
        }

        return found.ToArray().AsReadOnlyList();
    }

    public IEnumerable<Entity> SearchNames(string text)
    {
        var key = NameKey.Fold(text);
        return key.Length == 0
            ? Enumerable.Empty<Entity>()
            : _byNameKey.Where(pair => pair.Key.IndexOf(key, StringComparison.Ordinal) >= 0).SelectMany(pair => pair.Value).Distinct().OrderBy(e => e.Id, StringComparer.Ordinal);
    }

    private static IEnumerable<Record> Ancestors(Entity? place)
    {
        for (var current = place as Place; current is not null; current = current.Parent)
        {
            yield return current;
        }

        if (place?.HomeCountry is { } country)
        {
            yield return country;
        }
    }

    private static IEnumerable<Topic> TopicAncestors(Topic topic)
    {
        for (Topic? current = topic; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }

    private static Dictionary<Record, IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, IEnumerable<Record>> keys)
    {
        var lists = new Dictionary<Record, List<T>>();
        foreach (var item in items)
        {
            foreach (var key in keys(item).Distinct())
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = new List<T>();
                }

                list.Add(item);
            }
        }

        return lists.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray().AsReadOnlyList());
    }

    private static IReadOnlyList<T> Lookup<TKey, T>(Dictionary<TKey, IReadOnlyList<T>> index, TKey key)
        where TKey : notnull => index.TryGetValue(key, out var list) ? list : ReadOnlyArray<T>.Empty;
}
