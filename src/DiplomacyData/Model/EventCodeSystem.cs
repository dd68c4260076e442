namespace DiplomacyData;

/// <summary>The coding scheme an <see cref="EventRow"/>'s code belongs to.</summary>
public enum EventCodeSystem
{
    /// <summary>CAMEO, as in GDELT and ICEWS (<c>042</c>).</summary>
    Cameo,

    /// <summary>PLOVER, as in POLECAT (<c>CONSULT</c>).</summary>
    Plover,
}
