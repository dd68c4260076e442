namespace DiplomacyData.Explorer.Releases;

/// <summary>
/// The versioning rule, one version for code and data: removing or renaming a typed handle (any public
/// API) is a major release, new facts or API a minor one, corrections a patch. A version may rise more
/// than the changes call for, never less, and never go down.
/// </summary>
internal static class VersionPolicy
{
    public static VersionBump Required(ApiDiff api, DataDiff data) => api.RequiredBump > data.RequiredBump ? api.RequiredBump : data.RequiredBump;

    /// <summary>Null when <paramref name="current"/> follows the rule; otherwise what is wrong and the version to use.</summary>
    public static string? Violation(ReleaseVersion previous, ReleaseVersion current, VersionBump required)
    {
        if (current.CompareTo(previous) < 0)
        {
            return $"Version {current} is lower than the last release {previous}; versions never go down.";
        }

        var made = current.BumpFrom(previous);
        if (made >= required)
        {
            return null;
        }

        return $"The changes since {previous} call for a {Describe(required)} release, but {current} is "
            + (made == VersionBump.None ? "the same version" : $"only a {Describe(made)} step")
            + $"; set DataReleaseVersion in Directory.Build.props to {previous.Next(required)}.";
    }

    public static string Describe(VersionBump bump) => bump switch
    {
        VersionBump.Major => "major",
        VersionBump.Minor => "minor",
        VersionBump.Patch => "patch",
        _ => "no",
    };
}
