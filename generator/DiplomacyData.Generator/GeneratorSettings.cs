namespace DiplomacyData.Generator;

/// <summary>The MSBuild properties the generator reads (made visible by the library's project file).</summary>
/// <param name="SeedsDirectory">The folder the seed-relative paths start from.</param>
/// <param name="ReleaseVersion">The data release version the library reports.</param>
/// <param name="MaxHandlesPerClass">The most typed handles a kind gets (DD0024).</param>
/// <param name="UnreadableMaxHandlesPerClass">The property's text when it is not a whole number (DD0025), else null.</param>
internal sealed record GeneratorSettings(
    string SeedsDirectory,
    string ReleaseVersion,
    int MaxHandlesPerClass = GeneratorSettings.DefaultMaxHandlesPerClass,
    string? UnreadableMaxHandlesPerClass = null)
{
    public const string SeedsDirectoryProperty = "build_property.DiplomacyDataSeedsDirectory";
    public const string ReleaseVersionProperty = "build_property.DataReleaseVersion";
    public const string MaxHandlesPerClassName = "DiplomacyDataMaxHandlesPerClass";
    public const string MaxHandlesPerClassProperty = "build_property." + MaxHandlesPerClassName;

    /// <summary>
    /// A kind with more records than this gets no typed handles (DD0024). Handles are for code that
    /// names a particular fact, and up to this many each comes with its doc comment (see
    /// HandlesEmitter.MaxDocumentedHandles, the same number). Past it, a class is a list nobody picks
    /// from, and every handle is a member the compiler builds in every build: at 100,000 synthetic events
    /// the 11,000 handles of five kinds were 2–3.5 s of a 16–18 s library build, measured against this
    /// limit (tests/DiplomacyData.Benchmarks/README.md). A project that wants them sets the MSBuild
    /// property higher; the records are in the dataset either way.
    /// </summary>
    public const int DefaultMaxHandlesPerClass = 1_000;

    /// <summary>The seed-relative path with '/' separators ("articles/001.json"), or null for a file outside the seeds.</summary>
    public string? RelativePath(string path)
    {
        var normalized = path.Replace('\\', '/');
        var root = SeedsDirectory.Replace('\\', '/').TrimEnd('/');
        if (root.Length > 0)
        {
            return normalized.StartsWith(root + "/", System.StringComparison.Ordinal) ? normalized.Substring(root.Length + 1) : null;
        }

        // Without the property (a bare compiler run), a "seeds" folder in the path marks the root.
        var marker = normalized.LastIndexOf("/seeds/", System.StringComparison.Ordinal);
        return marker < 0 ? null : normalized.Substring(marker + "/seeds/".Length);
    }
}
