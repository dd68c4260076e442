using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace DiplomacyData.JsonBaseline;

/// <summary>
/// The same dataset loaded the usual way: the embedded JSON deserialized at first use, then indexed with
/// dictionaries (by id, by folded name, events by participant, place and its ancestors, topic and its
/// ancestors, and events in date order), answering the queries the benchmarks put to the compiled library.
/// </summary>
public sealed class JsonDataset
{
    private static readonly Lazy<JsonDataset> Loaded = new(Load);

    private readonly Dictionary<string, JsonRecord> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonTopic> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonEntity>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonEvent>> _eventsWith = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonEvent>> _eventsAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonEvent>> _eventsAbout = new(StringComparer.Ordinal);
    private readonly (DateTime Earliest, DateTime Latest, JsonEvent Event)[] _dated;
    private readonly TimeSpan _longestSpan;

    private JsonDataset(JsonDocumentRoot data)
    {
        Data = data;
        foreach (var record in Records(data))
        {
            _byId[record.Id] = record;
        }

        foreach (var entity in data.Countries.Concat(data.Places).Concat(data.Organizations).Concat(data.People))
        {
            _entities[entity.Id] = entity;
            foreach (var name in new[] { entity.Name }.Concat(entity.Aliases ?? new List<string>()))
            {
                AddOnce(_byName, NameFold.Fold(name), entity);
            }
        }

        foreach (var topic in data.Topics)
        {
            _topics[topic.Id] = topic;
        }

        var dated = new List<(DateTime, DateTime, JsonEvent)>();
        foreach (var e in data.Events)
        {
            foreach (var participant in e.Participants ?? new List<JsonParticipant>())
            {
                AddOnce(_eventsWith, participant.Actor, e);
            }

            for (var place = e.Place; place is not null; place = _entities.TryGetValue(place, out var p) ? p.Parent ?? (p.Country == place ? null : p.Country) : null)
            {
                AddOnce(_eventsAt, place, e);
            }

            foreach (var topic in e.Topics ?? new List<string>())
            {
                for (var t = topic; t is not null; t = _topics.TryGetValue(t, out var found) ? found.Parent : null)
                {
                    AddOnce(_eventsAbout, t, e);
                }
            }

            if (Period(e) is { } period)
            {
                dated.Add((period.Earliest, period.Latest, e));
            }
        }

        _dated = dated.OrderBy(d => d.Item1).ThenBy(d => d.Item3.Date?.Value.Length ?? 0).ThenBy(d => d.Item3.Id, StringComparer.Ordinal).ToArray();
        _longestSpan = _dated.Length == 0 ? TimeSpan.Zero : _dated.Max(d => d.Latest - d.Earliest);
    }

    public static JsonDataset Current => Loaded.Value;

    public JsonDocumentRoot Data { get; }

    public JsonRecord? Find(string id) => _byId.TryGetValue(id, out var record) ? record : null;

    public IReadOnlyList<JsonEntity> FindByName(string name) => _byName.TryGetValue(NameFold.Fold(name), out var list) ? list : Array.Empty<JsonEntity>();

    public IReadOnlyList<JsonEvent> EventsWith(string actorId) => Lookup(_eventsWith, actorId);

    public IReadOnlyList<JsonEvent> EventsAt(string placeId) => Lookup(_eventsAt, placeId);

    public IReadOnlyList<JsonEvent> EventsAbout(string topicId) => Lookup(_eventsAbout, topicId);

    public IReadOnlyList<JsonEvent> EventsBetween(DateTime from, DateTime to)
    {
        var start = Array.BinarySearch(_dated, (from.Date - _longestSpan, DateTime.MinValue, (JsonEvent)null!), Comparer<(DateTime, DateTime, JsonEvent)>.Create((a, b) => a.Item1.CompareTo(b.Item1)));
        var found = new List<JsonEvent>();
        for (var i = start < 0 ? ~start : start; i < _dated.Length && _dated[i].Earliest <= to.Date; i++)
        {
            if (_dated[i].Latest >= from.Date)
            {
                found.Add(_dated[i].Event);
            }
        }

        return found;
    }

    /// <summary>The country of a place or country id, following the place hierarchy.</summary>
    public string? CountryOf(string? placeOrCountry)
    {
        for (var id = placeOrCountry; id is not null && _entities.TryGetValue(id, out var entity);)
        {
            if (entity.Iso2 is not null)
            {
                return entity.Id;
            }

            if (entity.Country is not null)
            {
                return entity.Country;
            }

            id = entity.Parent;
        }

        return null;
    }

    /// <summary>Nationality of a person, country of an organization, or the country itself.</summary>
    public string? HomeCountryOf(string actorId) =>
        _entities.TryGetValue(actorId, out var entity) ? entity.Nationality ?? (entity.Iso2 is not null ? entity.Id : entity.Country) : null;

    private static JsonDataset Load()
    {
        using var stream = typeof(JsonDataset).Assembly.GetManifestResourceStream("dataset.json")
            ?? throw new InvalidOperationException("The embedded dataset.json is missing.");
        var data = JsonSerializer.Deserialize(stream, BaselineJsonContext.Default.JsonDocumentRoot)
            ?? throw new InvalidOperationException("dataset.json is empty.");
        return new JsonDataset(data);
    }

    /// <summary>
    /// The days an event could fall on, as the library's EffectiveDate has them: its date through its end date,
    /// the two bounds of a date bounded on both sides, or a sub-event's parent's days; null for none.
    /// </summary>
    private (DateTime Earliest, DateTime Latest)? Period(JsonEvent e)
    {
        if (e.Date is { Value.Length: > 0 } date)
        {
            var (earliest, latest) = Range(date.Value);
            return (earliest, e.EndDate is { Value.Length: > 0 } end ? Range(end.Value).Latest : latest);
        }

        if (e.Date is { Earliest: { } notBefore, Latest: { } notAfter })
        {
            return (Range(notBefore).Earliest, Range(notAfter).Latest);
        }

        return e.Date is null && e.Parent is not null && _byId.TryGetValue(e.Parent, out var parent) && parent is JsonEvent parentEvent
            ? Period(parentEvent)
            : null;
    }

    private static (DateTime Earliest, DateTime Latest) Range(string date)
    {
        var parts = date.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var year = parts[0];
        var month = parts.Length > 1 ? parts[1] : 0;
        var day = parts.Length > 2 ? parts[2] : 0;
        var lastMonth = month == 0 ? 12 : month;
        return (new DateTime(year, Math.Max(month, 1), Math.Max(day, 1)), new DateTime(year, lastMonth, day == 0 ? DateTime.DaysInMonth(year, lastMonth) : day));
    }

    private static IEnumerable<JsonRecord> Records(JsonDocumentRoot data) =>
        data.Sources.Cast<JsonRecord>().Concat(data.Topics).Concat(data.Series).Concat(data.Countries).Concat(data.Places)
            .Concat(data.Organizations).Concat(data.People).Concat(data.Events).Concat(data.Offices).Concat(data.Agreements)
            .Concat(data.Statements).Concat(data.Figures).Concat(data.Claims).Concat(data.Exclusions);

    private static void AddOnce<T>(Dictionary<string, List<T>> index, string key, T item)
        where T : class
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<T>();
        }

        if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], item))
        {
            list.Add(item);
        }
    }

    private static IReadOnlyList<JsonEvent> Lookup(Dictionary<string, List<JsonEvent>> index, string key) =>
        index.TryGetValue(key, out var list) ? list : Array.Empty<JsonEvent>();
}
