namespace DiplomacyData;

/// <summary>Whether an event has happened.</summary>
/// <remarks>Seed files write the members in kebab case (<c>held</c>); the order matches the seed schema.</remarks>
public enum EventStatus
{
    /// <summary><c>held</c> in seed files.</summary>
    Held,

    /// <summary><c>planned</c> in seed files.</summary>
    Planned,

    /// <summary><c>under-way</c> in seed files.</summary>
    UnderWay,
}
