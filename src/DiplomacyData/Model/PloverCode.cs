using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// A PLOVER event code: the event type, for consultations the mode, and its direction (source and
/// target; in a visit the visitor is the source and the host the target).
/// </summary>
public sealed class PloverCode
{
    internal PloverCode(PloverType type, PloverMode? mode, IReadOnlyList<Entity> source, IReadOnlyList<Entity> target)
    {
        Type = type;
        Mode = mode;
        Sources = source;
        Targets = target;
    }

    /// <summary>The PLOVER event type.</summary>
    public PloverType Type { get; }

    /// <summary>The mode (visit, third-party, multilateral, phone), for CONSULT.</summary>
    public PloverMode? Mode { get; }

    /// <summary>
    /// The actors who act (POLECAT's source), each one of the event's participants; empty only when the
    /// event's <see cref="Event.ActorsNote"/> says why the text names none.
    /// </summary>
    public IReadOnlyList<Entity> Sources { get; }

    /// <summary>The actors acted on (POLECAT's target), each one of the event's participants; empty only as for <see cref="Sources"/>.</summary>
    public IReadOnlyList<Entity> Targets { get; }

    /// <summary>The code as PLOVER writes it.</summary>
    /// <returns>The type and mode spelt as in the seed files, such as <c>CONSULT (visit)</c> or <c>AGREE</c>.</returns>
    public override string ToString() => Mode is { } mode ? $"{SeedWords.Of(Type)} ({SeedWords.Of(mode)})" : SeedWords.Of(Type);
}
