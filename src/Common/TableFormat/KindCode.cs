namespace DiplomacyData.TableFormat;

/// <summary>
/// The kinds of record in table order: the records of the data table are grouped by kind in this order,
/// the generated decoder is given a kind's number, and the public <c>RecordKind</c> takes its values from
/// here. It is also the decoding order: a kind only refers to kinds before it (or to itself, through a
/// parent chain the compiler orders parent-first). The names are the runtime record types.
/// </summary>
internal enum KindCode
{
    Source,
    Topic,
    EventSeries,
    Country,
    Place,
    Organization,
    Person,
    Event,
    OfficeHeld,
    Agreement,
    Statement,
    Figure,
    Claim,
    Exclusion,
}
