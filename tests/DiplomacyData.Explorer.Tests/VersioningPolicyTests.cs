using System;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Releases;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>
/// The versioning policy, enforced on the real repository: the compiled data and approved public API,
/// compared with the latest kept release, must not call for a bigger step than DataReleaseVersion makes.
/// </summary>
public sealed class VersioningPolicyTests
{
    private static ReleaseStore Store() => ReleaseStore.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("The repository was not found above " + AppContext.BaseDirectory);

    [Fact]
    public void The_release_version_covers_every_change_since_the_latest_kept_release()
    {
        var store = Store();
        var latest = Assert.IsType<ReleaseVersion>(store.Latest());

        var comparison = ReleaseComparison.Against(store, latest);

        Assert.True(comparison.Violation is null, comparison.Violation + "\n\n" + ChangelogWriter.Section(latest, comparison.Current, comparison.Api, comparison.Data));
    }

    [Fact]
    public void Every_kept_release_reads_back_and_has_its_changelog_section()
    {
        var store = Store();
        var changelog = File.ReadAllText(store.ChangelogPath);

        Assert.NotEmpty(store.Versions());
        foreach (var version in store.Versions())
        {
            var records = store.ReadData(version);
            Assert.NotEmpty(records);
            Assert.Equal(records.Count, records.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
            Assert.Contains("class Dataset", store.ReadApi(version));
            Assert.Contains($"## {version} (", changelog);
        }
    }

    [Fact]
    public void The_kept_snapshot_format_round_trips_the_real_data()
    {
        var records = ReleasedRecords.Of(Dataset.Current);

        var back = ReleaseSnapshotFormat.Read(ReleaseSnapshotFormat.Write(records), "current.jsonl");

        Assert.Equal(Dataset.Current.All.Count, back.Count);
        Assert.True(DataDiff.Between(records, back).IsEmpty);
    }

    [Fact]
    public void Release_diff_prints_the_changelog_section_and_the_bump_the_changes_call_for()
    {
        var latest = Store().Latest()!.Value;

        var result = Explorer.Run("release", "diff");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"## {Dataset.Current.Info.ReleaseVersion} (compared with {latest})", result.Output);
        Assert.Matches(@"\n(Changes call for a (major|minor|patch) release|Nothing calls for a new release): \d+ added, \d+ removed, \d+ changed; public API \d+ added, \d+ removed\.\n", result.Output);
    }

    [Fact]
    public void Release_diff_from_an_unknown_release_is_a_usage_error()
    {
        var result = Explorer.Run("release", "diff", "--from", "9.9.9");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a kept release", result.Error);
    }

    [Fact]
    public void A_removed_handle_in_the_api_listing_calls_for_a_major_release()
    {
        var store = Store();
        var latest = store.Latest()!.Value;
        var api = store.ReadApi(latest);
        var handle = api.Split('\n').First(line => line.Contains("public static DiplomacyData.Event ", StringComparison.Ordinal));

        var diff = ApiDiff.Between(api, api.Replace(handle + "\n", "", StringComparison.Ordinal));

        Assert.Equal(VersionBump.Major, diff.RequiredBump);
        Assert.NotNull(VersionPolicy.Violation(latest, latest.Next(VersionBump.Minor), VersionPolicy.Required(diff, DataDiff.Between([], []))));
    }

    [Fact]
    public void A_nullable_annotation_dropped_from_a_member_calls_for_a_minor_release_not_a_major_one()
    {
        var store = Store();
        var api = store.ReadApi(store.Latest()!.Value);
        var nullable = api.Split('\n').First(line => line.Contains("public DiplomacyData.Country? Country { get; }", StringComparison.Ordinal));

        var diff = ApiDiff.Between(api, api.Replace(nullable, nullable.Replace("Country? ", "Country ", StringComparison.Ordinal), StringComparison.Ordinal));

        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Added);
        var occurrences = api.Split('\n').Count(line => line == nullable); // each type with such a property has the line
        Assert.True(occurrences > 0);
        Assert.Equal(occurrences, diff.Narrowed.Count);
        Assert.All(diff.Narrowed, member => Assert.EndsWith("public DiplomacyData.Country Country { get; }", member, StringComparison.Ordinal));
        Assert.Equal(VersionBump.Minor, diff.RequiredBump);
    }
}
