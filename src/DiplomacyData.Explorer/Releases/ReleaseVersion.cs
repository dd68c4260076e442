using System;
using System.Globalization;

namespace DiplomacyData.Explorer.Releases;

/// <summary>A data release's version, <c>major.minor.patch</c> as SemVer 2.0 orders it (no pre-release tags: releases are final).</summary>
internal readonly record struct ReleaseVersion(int Major, int Minor, int Patch) : IComparable<ReleaseVersion>
{
    public static ReleaseVersion Parse(string text)
    {
        return TryParse(text, out var version)
            ? version
            : throw new FormatException($"'{text}' is not a release version; write major.minor.patch, such as 0.2.0.");
    }

    public static bool TryParse(string text, out ReleaseVersion version)
    {
        version = default;
        var parts = text.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            // SemVer forbids leading zeros, so "01" is not the same version as "1".
            if (parts[i].Length == 0 || (parts[i].Length > 1 && parts[i][0] == '0')
                || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new ReleaseVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>How far this version moved from <paramref name="previous"/>: which part was raised, or none.</summary>
    public VersionBump BumpFrom(ReleaseVersion previous)
    {
        if (CompareTo(previous) <= 0)
        {
            return VersionBump.None;
        }

        return Major != previous.Major ? VersionBump.Major
            : Minor != previous.Minor ? VersionBump.Minor
            : VersionBump.Patch;
    }

    /// <summary>The smallest version after this one that makes the given bump.</summary>
    public ReleaseVersion Next(VersionBump bump) => bump switch
    {
        VersionBump.Major => new ReleaseVersion(Major + 1, 0, 0),
        VersionBump.Minor => new ReleaseVersion(Major, Minor + 1, 0),
        VersionBump.Patch => new ReleaseVersion(Major, Minor, Patch + 1),
        _ => this,
    };

    public int CompareTo(ReleaseVersion other)
    {
        var major = Major.CompareTo(other.Major);
        if (major != 0)
        {
            return major;
        }

        var minor = Minor.CompareTo(other.Minor);
        return minor != 0 ? minor : Patch.CompareTo(other.Patch);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
