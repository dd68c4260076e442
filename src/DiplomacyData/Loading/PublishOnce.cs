using System.Threading;

namespace DiplomacyData;

/// <summary>
/// The library's one rule for values made on first use and shared between threads: the first value stored
/// in an empty slot wins, and every caller, the racing ones included, gets that value. A loser's value is
/// dropped, so two threads never hand out two different objects for the same thing.
/// </summary>
internal static class PublishOnce
{
    /// <summary>Stores <paramref name="value"/> in <paramref name="slot"/> unless a value is there already; returns the value the slot holds.</summary>
    public static T Value<T>(ref T? slot, T value)
        where T : class => Interlocked.CompareExchange(ref slot, value, null) ?? value;
}
