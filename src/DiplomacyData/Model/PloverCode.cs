namespace DiplomacyData;

/// <summary>A PLOVER event code: the event type, and for consultations the mode.</summary>
public sealed class PloverCode
{
    internal PloverCode(PloverType type, PloverMode? mode)
    {
        Type = type;
        Mode = mode;
    }

    /// <summary>The PLOVER event type.</summary>
    public PloverType Type { get; }

    /// <summary>The mode (visit, third-party, multilateral, phone), for CONSULT.</summary>
    public PloverMode? Mode { get; }

    /// <summary>The code as PLOVER writes it.</summary>
    /// <returns>The type and mode spelt as in the seed files, such as <c>CONSULT (visit)</c> or <c>AGREE</c>.</returns>
    public override string ToString() => Mode is { } mode ? $"{SeedWords.Of(Type)} ({SeedWords.Of(mode)})" : SeedWords.Of(Type);
}
