namespace DiplomacyData;

/// <summary>The decoded records, one array per kind, as the generated decoder hands them over.</summary>
internal sealed class DatasetTables
{
    public DatasetTables(
        Source[] sources, Topic[] topics, EventSeries[] series, Country[] countries, Place[] places,
        Organization[] organizations, Person[] people, Event[] events, OfficeHeld[] offices, Agreement[] agreements,
        Statement[] statements, Figure[] figures, Claim[] claims, Exclusion[] exclusions)
    {
        Sources = sources;
        Topics = topics;
        Series = series;
        Countries = countries;
        Places = places;
        Organizations = organizations;
        People = people;
        Events = events;
        Offices = offices;
        Agreements = agreements;
        Statements = statements;
        Figures = figures;
        Claims = claims;
        Exclusions = exclusions;
    }

    public Source[] Sources { get; }

    public Topic[] Topics { get; }

    public EventSeries[] Series { get; }

    public Country[] Countries { get; }

    public Place[] Places { get; }

    public Organization[] Organizations { get; }

    public Person[] People { get; }

    public Event[] Events { get; }

    public OfficeHeld[] Offices { get; }

    public Agreement[] Agreements { get; }

    public Statement[] Statements { get; }

    public Figure[] Figures { get; }

    public Claim[] Claims { get; }

    public Exclusion[] Exclusions { get; }
}
