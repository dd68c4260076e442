namespace DiplomacyData;

/// <summary>
/// What identifies this data release, filled in by the seed generator (generated file
/// <c>GeneratedDatasetInfo.g.cs</c>) from the build's <c>DataReleaseVersion</c> and the seed files.
/// </summary>
internal static partial class GeneratedDatasetInfo
{
    /// <summary>The data release version the package was built as.</summary>
    internal static partial string ReleaseVersion { get; }

    /// <summary>SHA-256 over every seed file and source text (path and content), line endings made LF.</summary>
    internal static partial string SeedHash { get; }
}
