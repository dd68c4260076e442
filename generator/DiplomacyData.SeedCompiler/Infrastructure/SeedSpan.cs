using DiplomacyData.SeedCompiler.Diagnostics;

namespace DiplomacyData.SeedCompiler.Infrastructure;

/// <summary>
/// Where a value stood in its seed file, as offsets into the file's <see cref="LineMap"/>. Parsed seeds
/// hold millions of values at scale (about 3.9 million at 100,000 events), so they keep this small
/// struct and work out the line and column (<see cref="LocationInfo"/>) only for a diagnostic.
/// </summary>
internal readonly record struct SeedSpan(LineMap? Lines, int Start, int Length)
{
    /// <summary>The located span, or null for a value that stood nowhere (an absent field).</summary>
    public LocationInfo? ToLocationInfo() => Lines?.Locate(Start, Length);
}
