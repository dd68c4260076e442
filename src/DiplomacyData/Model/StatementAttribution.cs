namespace DiplomacyData;

/// <summary>Whose words a statement is: its speakers', an unnamed speaker's, or the outlet's own.</summary>
/// <remarks>
/// Seed files write the members in kebab case (<c>unattributed</c>); the order matches the seed schema.
/// A seed statement without an attribution is attributed to its speakers.
/// </remarks>
public enum StatementAttribution
{
    /// <summary><c>speakers</c> in seed files: said by the statement's <see cref="Statement.Speakers"/>, at least one.</summary>
    Speakers,

    /// <summary><c>unattributed</c> in seed files: the article reports it without saying who said it ("It was suggested that..."); no speakers.</summary>
    Unattributed,

    /// <summary><c>outlet</c> in seed files: the outlet's own analysis or commentary, so in effect the source's <see cref="Source.Outlet"/> speaks; no speakers.</summary>
    Outlet,
}
