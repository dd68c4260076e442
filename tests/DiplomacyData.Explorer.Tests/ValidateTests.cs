using System;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Commands;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary><c>validate</c> runs the build's seed checks: on the real seeds, and on copies of them with one mistake each.</summary>
public sealed class ValidateTests : TemporaryFolder
{
    /// <summary>A quote in articles/001.json that is verbatim in its article.</summary>
    private const string VerbatimQuote = "co-chaired by Deputy Defense Minister Hoang Xuan Chien";

    private static readonly string RealSeeds = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, ValidateCommand.DefaultSeedsFolder(AppContext.BaseDirectory)));

    [Fact]
    public void The_real_seeds_validate_without_errors_and_report_full_coverage()
    {
        var result = Explorer.Run("validate", "--seeds", RealSeeds);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.DoesNotContain(": error DD", result.Output);
        var coverage = result.OutputLines.Where(line => line.StartsWith("  article-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Directory.GetFiles(Path.Combine(RealSeeds, "sources"), "*.txt").Length, coverage.Length);
        Assert.All(coverage, line => Assert.EndsWith("(100% accounted for)", line));
        Assert.Contains(" 0 errors, 0 warnings.", result.OutputLines.Last(line => line.Length > 0));
    }

    [Fact]
    public void A_quote_that_is_not_in_its_article_is_DD0007_at_the_quote()
    {
        var seeds = CopyOfRealSeeds();
        var file = Path.Combine(seeds, "articles", "001.json");
        var text = File.ReadAllText(file);
        const string broken = "co-chaired by Deputy Defence Minister Hoang Xuan Chien";
        var at = text.IndexOf(VerbatimQuote, StringComparison.Ordinal);
        Assert.True(at > 0, "the real seeds no longer contain the quote this test breaks");
        File.WriteAllText(file, text.Substring(0, at) + broken + text.Substring(at + VerbatimQuote.Length));

        var result = Explorer.Run("validate", "--seeds", seeds);

        Assert.Equal(1, result.ExitCode);
        var (line, column) = LineAndColumn(text, at - 1); // the diagnostic points at the string's opening quote mark
        var expected = $"{file}({line},{column}): error DD0007: The quote is not in ";
        var error = Assert.Single(result.OutputLines, l => l.Contains(": error DD", StringComparison.Ordinal));
        Assert.StartsWith(expected, error);
        Assert.Contains(" 1 error, ", result.Output);
    }

    [Fact]
    public void Malformed_json_is_DD0001_naming_the_file()
    {
        var seeds = CopyOfRealSeeds();
        var file = Path.Combine(seeds, "articles", "002.json");
        File.WriteAllText(file, File.ReadAllText(file).TrimEnd().TrimEnd('}'));

        var result = Explorer.Run("validate", "--seeds", seeds);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith(file + "(", StringComparison.Ordinal) && line.Contains("): error DD0001: The seed file is not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_seeds_folder_gives_relative_paths_in_diagnostics()
    {
        var seeds = CopyOfRealSeeds();
        var file = Path.Combine(seeds, "articles", "002.json");
        File.WriteAllText(file, "{");
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), seeds);

        var result = Explorer.Run("validate", "--seeds", relative);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith(Path.Combine(relative, "articles", "002.json") + "(", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        var missing = Path.Combine(Folder, "no-such-seeds");

        var result = Explorer.Run("validate", "--seeds", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"The seeds folder '{missing}' does not exist", result.Error);
        Assert.Contains("--seeds <dir>", result.Error);
    }

    [Fact]
    public void The_default_folder_is_the_seeds_folder_beside_the_solution_relative_to_where_validate_runs()
    {
        var nested = Path.Combine(Folder, "src", "deeper");
        Directory.CreateDirectory(nested);
        File.WriteAllText(Path.Combine(Folder, "DiplomacyData.sln"), "");

        Assert.Equal(Path.Combine("..", "..", "seeds"), ValidateCommand.DefaultSeedsFolder(nested));
        Assert.Equal("seeds", ValidateCommand.DefaultSeedsFolder(Folder));
    }

    private string CopyOfRealSeeds()
    {
        var copy = Path.Combine(Folder, "seeds");
        foreach (var source in Directory.EnumerateFiles(RealSeeds, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RealSeeds, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        return copy;
    }

    /// <summary>The 1-based line and column of a character, as compilers print them.</summary>
    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var before = text.Substring(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count(c => c == '\n') + 1, index - lineStart + 1);
    }
}
