using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>What identifies a data release: its version, a hash of its seeds, and what it holds.</summary>
public sealed class DatasetInfo
{
    internal DatasetInfo(string releaseVersion, string seedHash, IReadOnlyDictionary<RecordKind, int> counts, IReadOnlyList<SourceCoverage> coverage)
    {
        ReleaseVersion = releaseVersion;
        SeedHash = seedHash;
        Counts = counts;
        Coverage = coverage;
    }

    /// <summary>The data release version, which is also the package version (SemVer).</summary>
    public string ReleaseVersion { get; }

    /// <summary>SHA-256 over every seed file and source text; equal hashes mean equal data.</summary>
    public string SeedHash { get; }

    /// <summary>How many records of each kind the release holds.</summary>
    public IReadOnlyDictionary<RecordKind, int> Counts { get; }

    /// <summary>Sentence coverage per source.</summary>
    public IReadOnlyList<SourceCoverage> Coverage { get; }
}
