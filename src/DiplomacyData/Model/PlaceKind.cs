namespace DiplomacyData;

/// <summary>The kind of a place.</summary>
/// <remarks>Seed files write the members in kebab case (<c>city</c>); the order matches the seed schema.</remarks>
public enum PlaceKind
{
    /// <summary><c>city</c> in seed files.</summary>
    City,

    /// <summary><c>region</c> in seed files.</summary>
    Region,

    /// <summary><c>province</c> in seed files.</summary>
    Province,

    /// <summary><c>district</c> in seed files.</summary>
    District,

    /// <summary><c>venue</c> in seed files.</summary>
    Venue,

    /// <summary><c>area</c> in seed files.</summary>
    Area,
}
