using DiplomacyData.Testing;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>Every compiled fact, dumped canonically and compared with the approved release, so every data change is reviewed.</summary>
public sealed class DataReleaseSnapshotTests
{
    [Fact]
    public void Data_release_matches_the_approved_snapshot()
    {
        Snapshot.Verify("DataRelease", "txt", CanonicalDump.Write(Dataset.Current));
    }
}
