using System.IO;
using System.Linq;

namespace DiplomacyData.Explorer.Releases;

/// <summary>
/// Keeps the compiled data as a release: checks the version against the last kept release, writes the
/// data and API snapshots, and puts the release's changelog section at the top of CHANGELOG.md.
/// </summary>
internal static class ReleaseKeeper
{
    private const string ChangelogTitle = "# DiplomacyData data releases\n\nNewest first. Written by `dotnet run --project src/DiplomacyData.Explorer -- release snapshot`; see the README's \"Releases and versions\".\n";

    public static (bool Succeeded, string Message) Keep(ReleaseStore store)
    {
        var current = ReleaseVersion.Parse(Dataset.Current.Info.ReleaseVersion);
        var records = ReleasedRecords.Of(Dataset.Current);
        var api = File.ReadAllText(store.CurrentApiPath);
        var previous = store.Versions().Where(v => v.CompareTo(current) < 0).Select(v => (ReleaseVersion?)v).LastOrDefault();

        if (store.Versions().Contains(current))
        {
            var kept = ReleaseComparison.Against(store, current);
            return kept.Data.IsEmpty && kept.Api.RequiredBump == VersionBump.None
                ? (true, $"Release {current} is already kept with this data; nothing to do.")
                : (false, $"Release {current} is already kept with other data; raise DataReleaseVersion in Directory.Build.props (see 'release diff').");
        }

        string section;
        if (previous is { } last)
        {
            var comparison = ReleaseComparison.Against(store, last);
            if (comparison.Violation is { } violation)
            {
                return (false, violation);
            }

            section = ChangelogWriter.Section(last, current, comparison.Api, comparison.Data);
        }
        else
        {
            section = $"## {current} (first release)\n\n{records.Count} records: the whole dataset.\n";
        }

        store.Write(current, records, api);
        var existing = File.Exists(store.ChangelogPath) ? File.ReadAllText(store.ChangelogPath).Replace("\r\n", "\n") : ChangelogTitle;
        var olderSections = (existing.StartsWith(ChangelogTitle, System.StringComparison.Ordinal) ? existing[ChangelogTitle.Length..] : existing).TrimStart('\n');
        File.WriteAllText(store.ChangelogPath, ChangelogTitle + "\n" + section + (olderSections.Length > 0 ? "\n" + olderSections : ""));
        return (true, $"Kept release {current} ({records.Count} records) in {store.Folder}.");
    }
}
