using System;
using System.IO;
using System.Linq;
using ExplorerCli = DiplomacyData.Explorer.Tests.Explorer;
using Xunit;

namespace DiplomacyData.Report.Tests;

/// <summary><c>report</c> without a browser: what it writes, when it refuses, and that a refusal leaves nothing behind.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "diplomacydata-report-command-" + Guid.NewGuid().ToString("N"));

    public ReportCommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void The_same_seeds_give_the_same_bytes()
    {
        var first = Path.Combine(_folder, "first");
        var second = Path.Combine(_folder, "second");
        Reports.Write(Repository.Seeds, first);
        Reports.Write(Repository.Seeds, second);

        var files = Files(first);
        Assert.Equal(files, Files(second));
        Assert.True(files.Length > 200, $"only {files.Length} files were written");
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file))));
    }

    [Fact]
    public void A_run_says_where_the_site_is_and_prints_no_progress_when_standard_error_is_not_a_terminal()
    {
        var site = Path.Combine(_folder, "site");
        var result = ExplorerCli.Run("report", "--seeds", Repository.Seeds, "--output", site);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal($"Wrote {Files(site).Count(f => f.EndsWith(".html", StringComparison.Ordinal))} pages ({Dataset.Current.Sources.Count} articles, {Dataset.Current.All.Count} records) to {site}; open {Path.Combine(site, "index.html")} in a browser.\n", result.Output);
    }

    [Fact]
    public void Seeds_with_errors_are_listed_as_validate_lists_them_and_nothing_is_written()
    {
        var seeds = HostileSeeds.Write(Path.Combine(_folder, "seeds"));
        var file = Path.Combine(seeds, "seeds.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"speakers\": [\n        \"anna-rossi\"", "\"speakers\": [\n        \"anna-rosi\"", StringComparison.Ordinal));
        var site = Path.Combine(_folder, "site");

        var result = ExplorerCli.Run("report", "--seeds", seeds, "--output", site);
        var validate = ExplorerCli.Run("validate", "--seeds", seeds);

        Assert.Equal(1, result.ExitCode);
        var errors = validate.Output.Split('\n').Where(line => line.Contains(": error DD", StringComparison.Ordinal)).ToList();
        Assert.Contains(errors, line => line.Contains("error DD0006", StringComparison.Ordinal) && line.Contains("'anna-rosi'", StringComparison.Ordinal));
        Assert.All(errors, line => Assert.Contains(line, result.Output));
        Assert.Equal($"error: {seeds} has 1 seed error (listed above, as validate lists them); no report was written. Fix them and run report again.\n", result.Error);
        Assert.Equal(new[] { "seeds" }, Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_a_clear_error_and_leaves_nothing_behind()
    {
        // Tests run as root, which may write anywhere: a regular file where a parent folder should be stops even root.
        var blocker = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocker, "a file");
        var site = Path.Combine(blocker, "site");

        var result = ExplorerCli.Run("report", "--seeds", Repository.Seeds, "--output", site);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: Could not write the report to '{site}': ", result.Error);
        Assert.EndsWith("Give a folder you can write with --output <dir>.\n", result.Error);
        Assert.DoesNotContain("   at ", result.Error); // no stack trace
        Assert.Equal(new[] { "not-a-folder" }, Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_holding_other_files_is_left_alone_and_an_earlier_report_is_replaced_whole()
    {
        var other = Path.Combine(_folder, "other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "notes.txt"), "mine");

        var refused = ExplorerCli.Run("report", "--seeds", Repository.Seeds, "--output", other);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already holds files that are not a provenance report", refused.Error);
        Assert.Equal(new[] { "notes.txt" }, Directory.GetFileSystemEntries(other).Select(Path.GetFileName));

        var site = Path.Combine(_folder, "site");
        Reports.Write(Repository.Seeds, site);
        File.WriteAllText(Path.Combine(site, "records", "stale.html"), "left from an older report");
        Reports.Write(Repository.Seeds, site);

        Assert.False(File.Exists(Path.Combine(site, "records", "stale.html")));
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.Equal(new[] { "other", "site" }, Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    private static string[] Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
