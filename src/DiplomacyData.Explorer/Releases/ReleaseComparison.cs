using System.IO;

namespace DiplomacyData.Explorer.Releases;

/// <summary>The compiled data and approved public API compared with one kept release, and what the versioning policy says of it.</summary>
internal sealed record ReleaseComparison(ReleaseVersion Previous, ReleaseVersion Current, ApiDiff Api, DataDiff Data, string? Violation)
{
    public static ReleaseComparison Against(ReleaseStore store, ReleaseVersion previous)
    {
        var current = ReleaseVersion.Parse(Dataset.Current.Info.ReleaseVersion);
        var data = DataDiff.Between(store.ReadData(previous), ReleasedRecords.Of(Dataset.Current));
        var api = ApiDiff.Between(store.ReadApi(previous), File.ReadAllText(store.CurrentApiPath));
        return new ReleaseComparison(previous, current, api, data, VersionPolicy.Violation(previous, current, VersionPolicy.Required(api, data)));
    }
}
