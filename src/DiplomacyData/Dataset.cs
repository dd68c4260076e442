using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using DiplomacyData.Querying;

namespace DiplomacyData;

/// <summary>
/// The compiled Vietnam–Italy dataset: every record, grouped by kind, with lookups by id, name,
/// participant, place, topic, date and speaker. Use <see cref="Current"/>, or the typed handles
/// (<see cref="People"/>, <see cref="Events"/>, ...) for records your code names directly.
/// </summary>
/// <example>
/// <code>
/// var visits = Dataset.Current.Events
///     .Where(e => e.Country == Countries.Italy)
///     .OrderBy(e => e.Date);
/// </code>
/// </example>
public sealed class Dataset
{
    private static readonly Lazy<Dataset> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly RecordStore _store;
    private readonly DatasetIndex _index;
    private IReadOnlyList<Event>? _timeline;

    // Nothing is decoded here: the lists and lookups read records from the compiled tables when first touched.
    private Dataset()
    {
        _store = new RecordStore();
        Sources = Kind<Source>(RecordKind.Source);
        Topics = Kind<Topic>(RecordKind.Topic);
        Series = Kind<EventSeries>(RecordKind.EventSeries);
        Countries = Kind<Country>(RecordKind.Country);
        Places = Kind<Place>(RecordKind.Place);
        Organizations = Kind<Organization>(RecordKind.Organization);
        People = Kind<Person>(RecordKind.Person);
        Events = Kind<Event>(RecordKind.Event);
        Offices = Kind<OfficeHeld>(RecordKind.OfficeHeld);
        Agreements = Kind<Agreement>(RecordKind.Agreement);
        Statements = Kind<Statement>(RecordKind.Statement);
        Figures = Kind<Figure>(RecordKind.Figure);
        Claims = Kind<Claim>(RecordKind.Claim);
        Exclusions = Kind<Exclusion>(RecordKind.Exclusion);
        _index = new DatasetIndex(_store);
        var counts = new Dictionary<RecordKind, int>();
        for (var kind = RecordKind.Source; kind <= RecordKind.Exclusion; kind++)
        {
            counts[kind] = _store.Range(kind).Count;
        }

        Info = new DatasetInfo(GeneratedDatasetInfo.ReleaseVersion, GeneratedDatasetInfo.SeedHash, new ReadOnlyDictionary<RecordKind, int>(counts), new CoverageList(_store));
    }

    /// <summary>The dataset compiled into this package (thread-safe). Nothing is decoded up front: each record is read from the compiled tables when first touched, and is the same object from then on.</summary>
    public static Dataset Current => Loaded.Value;

    /// <summary>The release version, seed hash, counts and coverage.</summary>
    public DatasetInfo Info { get; }

    /// <summary>Every record of every kind, in a stable order (by kind, then id, parents first).</summary>
    public IReadOnlyList<Record> All => _store.All;

    /// <summary>The source articles.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The topic taxonomy.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Recurring event series.</summary>
    public IReadOnlyList<EventSeries> Series { get; }

    /// <summary>Countries.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Cities, regions and other places.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Organizations.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>People.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Events, held or planned, in dataset order (by id, each parent before its sub-events); <see cref="Timeline"/> has them in time order.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>
    /// Every event in <see cref="ChronologicalOrder"/>: by <see cref="Event.EffectiveDate"/> (sub-events
    /// without a date of their own by their parent's), each parent before its sub-events, undated events last.
    /// </summary>
    public IReadOnlyList<Event> Timeline
    {
        get
        {
            if (Volatile.Read(ref _timeline) is { } timeline)
            {
                return timeline;
            }

            var sorted = new Event[Events.Count];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = Events[i];
            }

            Array.Sort(sorted, ChronologicalOrder.Instance);
            return PublishOnce.Value(ref _timeline, new ReadOnlyArray<Event>(sorted));
        }
    }

    /// <summary>Offices held by people, as the sources show them.</summary>
    public IReadOnlyList<OfficeHeld> Offices { get; }

    /// <summary>Agreements and frameworks.</summary>
    public IReadOnlyList<Agreement> Agreements { get; }

    /// <summary>Statements: proposals, commitments, affirmations...</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>Measured quantities.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>Claims on points the sources disagree on, ranked.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Sentences of the sources deliberately not turned into facts, with reasons.</summary>
    public IReadOnlyList<Exclusion> Exclusions { get; }

    /// <summary>The record with this id, or null.</summary>
    /// <param name="id">A record id such as <c>phan-van-giang</c>.</param>
    /// <returns>The record, or null when no record has the id.</returns>
    public Record? Find(string id) => _index.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The record of type <typeparamref name="T"/> with this id, or null.</summary>
    /// <typeparam name="T">The expected record type.</typeparam>
    /// <param name="id">A record id.</param>
    /// <returns>The record, or null when no record of that type has the id.</returns>
    public T? Find<T>(string id)
        where T : Record => Find(id) as T;

    /// <summary>People, organizations, places and countries whose name or alias matches, ignoring case, diacritics, spaces and punctuation.</summary>
    /// <param name="name">A name such as "Ha Noi", "Hà Nội" or "hanoi".</param>
    /// <returns>The matching entities; empty when none.</returns>
    public IReadOnlyList<Entity> FindByName(string name) => _index.FindByName(name ?? throw new ArgumentNullException(nameof(name)));

    /// <summary>Entities of one type whose name or alias matches, ignoring case, diacritics, spaces and punctuation.</summary>
    /// <typeparam name="T">The entity type: <see cref="Person"/>, <see cref="Organization"/>, <see cref="Place"/> or <see cref="Country"/>.</typeparam>
    /// <param name="name">A name such as "Vo Thi Anh Xuan" or "Võ Thị Ánh Xuân".</param>
    /// <returns>The matching entities of that type; empty when none.</returns>
    public IReadOnlyList<T> FindByName<T>(string name)
        where T : Entity => _index.FindByName<T>(name ?? throw new ArgumentNullException(nameof(name)));

    /// <summary>Entities whose name or an alias contains the text, ignoring case, diacritics, spaces and punctuation.</summary>
    /// <param name="text">Part of a name, such as "cremnago".</param>
    /// <returns>The matching entities in id order. The answers for the last 16 texts are kept: asking again returns the same list and allocates nothing.</returns>
    public IReadOnlyList<Entity> SearchNames(string text) => _index.SearchNames(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Events the person, organization or country took part in.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The events, in dataset order.</returns>
    public IReadOnlyList<Event> EventsWith(Entity participant) => _index.EventsWith(participant ?? throw new ArgumentNullException(nameof(participant)));

    /// <summary>Events with a participant from the country (the country itself, its people or organizations).</summary>
    /// <param name="country">The country.</param>
    /// <returns>The events, in dataset order.</returns>
    public IReadOnlyList<Event> EventsInvolving(Country country) => _index.EventsInvolving(country ?? throw new ArgumentNullException(nameof(country)));

    /// <summary>Events held at a place (including places inside it) or in a country.</summary>
    /// <param name="placeOrCountry">A <see cref="Place"/> or <see cref="Country"/>.</param>
    /// <returns>The events, in dataset order.</returns>
    public IReadOnlyList<Event> EventsAt(Entity placeOrCountry) => _index.EventsAt(placeOrCountry ?? throw new ArgumentNullException(nameof(placeOrCountry)));

    /// <summary>Events about a topic or any topic below it.</summary>
    /// <param name="topic">The topic, such as <c>Topics.Defence</c>.</param>
    /// <returns>The events, in dataset order.</returns>
    public IReadOnlyList<Event> EventsAbout(Topic topic) => _index.EventsAbout(topic ?? throw new ArgumentNullException(nameof(topic)));

    /// <summary>
    /// Events that could fall between the two days (inclusive), by their <see cref="Event.EffectiveDate"/>:
    /// an event whose date's period (through its end date, when it has one) meets the window; a sub-event
    /// without a date of its own by its parent's days; an event whose date is bounded on both sides by its
    /// bounds, so it is <em>possibly</em> inside. An event with no date and no bounds, or bounded on one side
    /// only, is in no window: it is listed only by <see cref="Timeline"/>, last.
    /// </summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>
    /// The events in <see cref="ChronologicalOrder"/>. The answers for the last 16 windows (by day) are kept:
    /// asking for one of them again returns the same list and allocates nothing.
    /// </returns>
    public IReadOnlyList<Event> EventsBetween(DateTime from, DateTime to) => _index.EventsBetween(from, to);

    /// <summary>Statements made by the person, organization or country (alone or jointly).</summary>
    /// <param name="speaker">The speaker.</param>
    /// <returns>The statements, in dataset order.</returns>
    public IReadOnlyList<Statement> StatementsBy(Entity speaker) => _index.StatementsBy(speaker ?? throw new ArgumentNullException(nameof(speaker)));

    /// <summary>The offices the sources show the person holding.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The offices, in dataset order.</returns>
    public IReadOnlyList<OfficeHeld> OfficesOf(Person person) => _index.OfficesOf(person ?? throw new ArgumentNullException(nameof(person)));

    /// <summary>
    /// Every event's coded actions as flat, GDELT-style rows: one per code and pair of source and target
    /// actors (see <see cref="EventRow"/>), the event's date at its own precision.
    /// </summary>
    /// <returns>The rows, events in dataset order, each event's CAMEO codes before its PLOVER codes.</returns>
    public IReadOnlyList<EventRow> ToEventRows() => new ReadOnlyArray<EventRow>(Events.SelectMany(EventRow.Of).ToArray());

    /// <summary>
    /// Every record that refers to <paramref name="record"/>, each with the field it refers through:
    /// "everything about" a person, place, topic or source in one call, where EventsWith, StatementsBy
    /// and OfficesOf each answer one part. It covers every reference field of every kind: participants,
    /// speakers, addressees, parties, subjects, places, parents, the events a fact belongs to, a claim's
    /// subject, and the sources that evidence cites or an inferred date rests on (so a source lists every
    /// fact quoting it). A record's references to itself are left out (a source dated from its own text).
    /// </summary>
    /// <param name="record">The record referred to.</param>
    /// <returns>
    /// The references in dataset order of the referrers, then in the schema order of their fields; a
    /// referrer naming the record several times through one field (three quotes from one source) is
    /// listed once for that field. Empty when nothing refers to it. Computed when the package was built;
    /// asking again returns the same list and allocates nothing.
    /// </returns>
    public IReadOnlyList<RecordReference> ReferencesTo(Record record) => _index.ReferencesTo(record ?? throw new ArgumentNullException(nameof(record)));

    /// <summary>The records whose parent is <paramref name="parent"/>, in dataset order (behind <see cref="Event.Children"/> and its kin).</summary>
    internal IReadOnlyList<T> ChildrenOf<T>(T parent)
        where T : Record => _index.ChildrenOf(parent);

    internal T RecordAt<T>(int index)
        where T : Record => (T)_store[index];

    private static Dataset Load() => new();

    private IReadOnlyList<T> Kind<T>(RecordKind kind)
        where T : Record
    {
        var (start, count) = _store.Range(kind);
        return count == 0 ? ReadOnlyArray<T>.Empty : new RecordList<T>(_store, start, count);
    }
}
