namespace DiplomacyData;

/// <summary>How a figure's value relates to the true quantity ("over", "nearly").</summary>
/// <remarks>Seed files write the members in kebab case (<c>exactly</c>); the order matches the seed schema.</remarks>
public enum Comparator
{
    /// <summary><c>exactly</c> in seed files.</summary>
    Exactly,

    /// <summary><c>over</c> in seed files.</summary>
    Over,

    /// <summary><c>at-least</c> in seed files.</summary>
    AtLeast,

    /// <summary><c>nearly</c> in seed files.</summary>
    Nearly,

    /// <summary><c>about</c> in seed files.</summary>
    About,

    /// <summary><c>under</c> in seed files.</summary>
    Under,
}
