using DiplomacyData.TableFormat;

namespace DiplomacyData;

/// <summary>The kinds of record in the dataset.</summary>
// The values are the table order the seed compiler writes records in, defined once in the shared KindCode.
public enum RecordKind
{
    /// <summary>A source article (<see cref="DiplomacyData.Source"/>).</summary>
    Source = (int)KindCode.Source,

    /// <summary>A cooperation topic (<see cref="DiplomacyData.Topic"/>).</summary>
    Topic = (int)KindCode.Topic,

    /// <summary>A series of recurring events (<see cref="DiplomacyData.EventSeries"/>).</summary>
    EventSeries = (int)KindCode.EventSeries,

    /// <summary>A country (<see cref="DiplomacyData.Country"/>).</summary>
    Country = (int)KindCode.Country,

    /// <summary>A city, region or other place (<see cref="DiplomacyData.Place"/>).</summary>
    Place = (int)KindCode.Place,

    /// <summary>An organization (<see cref="DiplomacyData.Organization"/>).</summary>
    Organization = (int)KindCode.Organization,

    /// <summary>A person (<see cref="DiplomacyData.Person"/>).</summary>
    Person = (int)KindCode.Person,

    /// <summary>An event (<see cref="DiplomacyData.Event"/>).</summary>
    Event = (int)KindCode.Event,

    /// <summary>An office held by a person (<see cref="DiplomacyData.OfficeHeld"/>).</summary>
    OfficeHeld = (int)KindCode.OfficeHeld,

    /// <summary>An agreement or framework (<see cref="DiplomacyData.Agreement"/>).</summary>
    Agreement = (int)KindCode.Agreement,

    /// <summary>A statement (<see cref="DiplomacyData.Statement"/>).</summary>
    Statement = (int)KindCode.Statement,

    /// <summary>A measured quantity (<see cref="DiplomacyData.Figure"/>).</summary>
    Figure = (int)KindCode.Figure,

    /// <summary>A claim sources disagree on (<see cref="DiplomacyData.Claim"/>).</summary>
    Claim = (int)KindCode.Claim,

    /// <summary>A sentence deliberately not turned into a fact (<see cref="DiplomacyData.Exclusion"/>).</summary>
    Exclusion = (int)KindCode.Exclusion,
}
