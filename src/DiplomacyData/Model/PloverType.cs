namespace DiplomacyData;

/// <summary>A PLOVER event type, for joining with POLECAT and other PLOVER-coded data.</summary>
/// <remarks>Seed files write the members in kebab case (<c>AGREE</c>); the order matches the seed schema.</remarks>
public enum PloverType
{
    /// <summary><c>AGREE</c> in seed files.</summary>
    Agree,

    /// <summary><c>CONSULT</c> in seed files.</summary>
    Consult,

    /// <summary><c>SUPPORT</c> in seed files.</summary>
    Support,

    /// <summary><c>CONCEDE</c> in seed files.</summary>
    Concede,

    /// <summary><c>COOPERATE</c> in seed files.</summary>
    Cooperate,

    /// <summary><c>AID</c> in seed files.</summary>
    Aid,

    /// <summary><c>RETREAT</c> in seed files.</summary>
    Retreat,

    /// <summary><c>REQUEST</c> in seed files.</summary>
    Request,

    /// <summary><c>ACCUSE</c> in seed files.</summary>
    Accuse,

    /// <summary><c>REJECT</c> in seed files.</summary>
    Reject,

    /// <summary><c>THREATEN</c> in seed files.</summary>
    Threaten,

    /// <summary><c>PROTEST</c> in seed files.</summary>
    Protest,

    /// <summary><c>SANCTION</c> in seed files.</summary>
    Sanction,

    /// <summary><c>MOBILIZE</c> in seed files.</summary>
    Mobilize,

    /// <summary><c>COERCE</c> in seed files.</summary>
    Coerce,

    /// <summary><c>ASSAULT</c> in seed files.</summary>
    Assault,
}
