namespace DiplomacyData;

/// <summary>The kinds of record in the dataset.</summary>
public enum RecordKind
{
    /// <summary>A source article (<see cref="DiplomacyData.Source"/>).</summary>
    Source,

    /// <summary>A cooperation topic (<see cref="DiplomacyData.Topic"/>).</summary>
    Topic,

    /// <summary>A series of recurring events (<see cref="DiplomacyData.EventSeries"/>).</summary>
    EventSeries,

    /// <summary>A country (<see cref="DiplomacyData.Country"/>).</summary>
    Country,

    /// <summary>A city, region or other place (<see cref="DiplomacyData.Place"/>).</summary>
    Place,

    /// <summary>An organization (<see cref="DiplomacyData.Organization"/>).</summary>
    Organization,

    /// <summary>A person (<see cref="DiplomacyData.Person"/>).</summary>
    Person,

    /// <summary>An event (<see cref="DiplomacyData.Event"/>).</summary>
    Event,

    /// <summary>An office held by a person (<see cref="DiplomacyData.OfficeHeld"/>).</summary>
    OfficeHeld,

    /// <summary>An agreement or framework (<see cref="DiplomacyData.Agreement"/>).</summary>
    Agreement,

    /// <summary>A statement (<see cref="DiplomacyData.Statement"/>).</summary>
    Statement,

    /// <summary>A measured quantity (<see cref="DiplomacyData.Figure"/>).</summary>
    Figure,

    /// <summary>A claim sources disagree on (<see cref="DiplomacyData.Claim"/>).</summary>
    Claim,

    /// <summary>A sentence deliberately not turned into a fact (<see cref="DiplomacyData.Exclusion"/>).</summary>
    Exclusion,
}
