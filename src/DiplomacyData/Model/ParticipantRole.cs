namespace DiplomacyData;

/// <summary>The part a participant plays in an event.</summary>
/// <remarks>Seed files write the members in kebab case (<c>host</c>); the order matches the seed schema.</remarks>
public enum ParticipantRole
{
    /// <summary><c>host</c> in seed files.</summary>
    Host,

    /// <summary><c>visitor</c> in seed files.</summary>
    Visitor,

    /// <summary><c>co-chair</c> in seed files.</summary>
    CoChair,

    /// <summary><c>delegation-head</c> in seed files.</summary>
    DelegationHead,

    /// <summary><c>member</c> in seed files.</summary>
    Member,

    /// <summary><c>participant</c> in seed files.</summary>
    Participant,

    /// <summary><c>organizer</c> in seed files.</summary>
    Organizer,

    /// <summary><c>guest</c> in seed files.</summary>
    Guest,
}
