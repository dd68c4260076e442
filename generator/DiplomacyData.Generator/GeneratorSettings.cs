namespace DiplomacyData.Generator;

/// <summary>The MSBuild properties the generator reads (made visible by the library's project file).</summary>
internal sealed record GeneratorSettings(string SeedsDirectory, string ReleaseVersion)
{
    public const string SeedsDirectoryProperty = "build_property.DiplomacyDataSeedsDirectory";
    public const string ReleaseVersionProperty = "build_property.DataReleaseVersion";

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
