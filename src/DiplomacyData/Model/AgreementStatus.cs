namespace DiplomacyData;

/// <summary>Where an agreement stands.</summary>
/// <remarks>Seed files write the members in kebab case (<c>signed</c>); the order matches the seed schema.</remarks>
public enum AgreementStatus
{
    /// <summary><c>signed</c> in seed files.</summary>
    Signed,

    /// <summary><c>in-force</c> in seed files.</summary>
    InForce,

    /// <summary><c>under-negotiation</c> in seed files.</summary>
    UnderNegotiation,

    /// <summary><c>planned</c> in seed files.</summary>
    Planned,

    /// <summary><c>ended</c> in seed files.</summary>
    Ended,
}
