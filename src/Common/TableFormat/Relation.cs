namespace DiplomacyData.TableFormat;

/// <summary>
/// The relations of the relation index, in table order: DatasetBlob.RelationStarts gives where each
/// begins in RelationKeys, the seed compiler fills them in this order and the library looks them up by it.
/// </summary>
internal enum Relation
{
    EventsWith,
    EventsInvolving,
    EventsAt,
    EventsAbout,
    StatementsBy,
    OfficesOf,
}
