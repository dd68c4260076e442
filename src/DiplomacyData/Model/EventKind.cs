namespace DiplomacyData;

/// <summary>The kind of an event.</summary>
/// <remarks>Seed files write the members in kebab case (<c>meeting</c>); the order matches the seed schema.</remarks>
public enum EventKind
{
    /// <summary><c>meeting</c> in seed files.</summary>
    Meeting,

    /// <summary><c>visit</c> in seed files.</summary>
    Visit,

    /// <summary><c>state-visit</c> in seed files.</summary>
    StateVisit,

    /// <summary><c>working-visit</c> in seed files.</summary>
    WorkingVisit,

    /// <summary><c>courtesy-call</c> in seed files.</summary>
    CourtesyCall,

    /// <summary><c>dialogue</c> in seed files.</summary>
    Dialogue,

    /// <summary><c>consultation</c> in seed files.</summary>
    Consultation,

    /// <summary><c>business-forum</c> in seed files.</summary>
    BusinessForum,

    /// <summary><c>inauguration</c> in seed files.</summary>
    Inauguration,

    /// <summary><c>celebration</c> in seed files.</summary>
    Celebration,

    /// <summary><c>anniversary</c> in seed files.</summary>
    Anniversary,

    /// <summary><c>signing</c> in seed files.</summary>
    Signing,

    /// <summary><c>other</c> in seed files.</summary>
    Other,
}
