namespace DiplomacyData;

/// <summary>What a statement does.</summary>
/// <remarks>Seed files write the members in kebab case (<c>proposal</c>); the order matches the seed schema.</remarks>
public enum StatementKind
{
    /// <summary><c>proposal</c> in seed files.</summary>
    Proposal,

    /// <summary><c>commitment</c> in seed files.</summary>
    Commitment,

    /// <summary><c>affirmation</c> in seed files.</summary>
    Affirmation,

    /// <summary><c>assessment</c> in seed files.</summary>
    Assessment,

    /// <summary><c>praise</c> in seed files.</summary>
    Praise,

    /// <summary><c>request</c> in seed files.</summary>
    Request,

    /// <summary><c>support</c> in seed files.</summary>
    Support,

    /// <summary><c>information</c> in seed files.</summary>
    Information,
}
