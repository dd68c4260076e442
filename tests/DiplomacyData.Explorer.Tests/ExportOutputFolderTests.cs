using System.IO;
using System.Linq;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>Where the export's files go: all of them or none, a clear message when the folder cannot be written, and no progress line in captured output.</summary>
public sealed class ExportOutputFolderTests : TemporaryFolder
{
    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public void A_folder_that_cannot_be_made_is_named_with_the_fix_and_exit_code_1(string format)
    {
        // Root writes anywhere, so the folder is made impossible instead: a regular file stands where its parent should be.
        Directory.CreateDirectory(Folder);
        var blocker = Path.Combine(Folder, "not-a-folder");
        File.WriteAllText(blocker, "a file, not a folder");
        var target = Path.Combine(blocker, "export");

        var result = Explorer.Run("export", "--format", format, "--output", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith($"error: Could not write {target}: ", result.Error);
        Assert.Contains("Nothing was written; give a folder you can write to with --output <dir>.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal([blocker], Directory.GetFileSystemEntries(Folder));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void A_failed_export_leaves_the_folder_as_it_was_and_no_staging_folder_behind(string format)
    {
        var target = Path.Combine(Folder, "export");
        Directory.CreateDirectory(Path.Combine(target, "events." + format));
        File.WriteAllText(Path.Combine(target, "sources." + format), "the previous export");

        var result = Explorer.Run("export", "--format", format, "--output", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"events.{format} is a folder", result.Error);
        Assert.Equal("the previous export", File.ReadAllText(Path.Combine(target, "sources." + format)));
        Assert.Equal(["events." + format, "sources." + format], Directory.GetFileSystemEntries(target).Select(Path.GetFileName).Order());
        Assert.Equal([target], Directory.GetFileSystemEntries(Folder));
    }

    [Fact]
    public void A_second_export_replaces_the_files_of_the_first()
    {
        var target = Path.Combine(Folder, "export");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "sources.parquet"), "the previous export");

        var result = Explorer.Run("export", "--format", "parquet", "--output", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("PAR1", File.ReadAllText(Path.Combine(target, "sources.parquet"))[..4]);
        Assert.Equal(15, Directory.GetFiles(target, "*.parquet").Length);
    }

    [Fact]
    public void Parquet_without_a_folder_is_a_usage_error_that_says_to_give_one()
    {
        var result = Explorer.Run("export", "--format", "parquet", "--kind", "events");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("Parquet is a binary format and is not written to standard output: give a folder with --output <dir>", result.Error);
    }

    [Fact]
    public void An_unknown_format_lists_the_formats_parquet_among_them()
    {
        var result = Explorer.Run("export", "--format", "xlsx", "--output", Folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Argument 'xlsx' not recognized", result.Error);
        Assert.All(new[] { "'csv'", "'jsonl'", "'parquet'" }, format => Assert.Contains(format, result.Error));
        Assert.False(Directory.Exists(Folder));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public void Captured_standard_error_gets_no_progress_line(string format)
    {
        var toFolder = Explorer.Run("export", "--format", format, "--output", Path.Combine(Folder, format));

        Assert.Equal(0, toFolder.ExitCode);
        Assert.Equal("", toFolder.Error);
        if (format != "parquet")
        {
            var toOutput = Explorer.Run("export", "--format", format, "--kind", "events");
            Assert.Equal(0, toOutput.ExitCode);
            Assert.Equal("", toOutput.Error);
        }
    }
}
