namespace DiplomacyData;

/// <summary>Why a sentence was not turned into a fact.</summary>
/// <remarks>Seed files write the members in kebab case (<c>off-topic</c>); the order matches the seed schema.</remarks>
public enum ExclusionCategory
{
    /// <summary><c>off-topic</c> in seed files.</summary>
    OffTopic,

    /// <summary><c>headline</c> in seed files.</summary>
    Headline,

    /// <summary><c>caption</c> in seed files.</summary>
    Caption,

    /// <summary><c>byline</c> in seed files.</summary>
    Byline,

    /// <summary><c>boilerplate</c> in seed files.</summary>
    Boilerplate,

    /// <summary><c>metadata</c> in seed files.</summary>
    Metadata,

    /// <summary><c>duplicate</c> in seed files.</summary>
    Duplicate,

    /// <summary><c>commentary</c> in seed files.</summary>
    Commentary,
}
