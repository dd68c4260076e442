using System.Collections.Generic;

namespace DiplomacyData;

internal static class ReadOnlyListExtensions
{
    /// <summary>Wraps an array the caller owns and will not change, so it can be handed out safely.</summary>
    public static IReadOnlyList<T> AsReadOnlyList<T>(this T[] items) => items.Length == 0 ? ReadOnlyArray<T>.Empty : new ReadOnlyArray<T>(items);
}
