using DiplomacyData.SeedCompiler.Handles;

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

    /// <summary>The default of the handle limit; see <see cref="HandleLimit.DefaultPerClass"/>.</summary>
    public const int DefaultMaxHandlesPerClass = HandleLimit.DefaultPerClass;

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
