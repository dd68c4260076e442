namespace DiplomacyData;

/// <summary>The PLOVER mode of a consultation.</summary>
/// <remarks>Seed files write the members in kebab case (<c>visit</c>); the order matches the seed schema.</remarks>
public enum PloverMode
{
    /// <summary><c>visit</c> in seed files.</summary>
    Visit,

    /// <summary><c>third-party</c> in seed files.</summary>
    ThirdParty,

    /// <summary><c>multilateral</c> in seed files.</summary>
    Multilateral,

    /// <summary><c>phone</c> in seed files.</summary>
    Phone,
}
