namespace DiplomacyData;

/// <summary>How much a claim is trusted against other claims on the same point, as Wikidata ranks statements.</summary>
/// <remarks>Seed files write the members in kebab case (<c>preferred</c>); the order matches the seed schema.</remarks>
public enum ClaimRank
{
    /// <summary><c>preferred</c> in seed files.</summary>
    Preferred,

    /// <summary><c>normal</c> in seed files.</summary>
    Normal,

    /// <summary><c>deprecated</c> in seed files.</summary>
    Deprecated,
}
