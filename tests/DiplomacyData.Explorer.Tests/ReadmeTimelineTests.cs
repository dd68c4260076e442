using System;
using System.IO;
using DiplomacyData.Explorer.Releases;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>The README shows how the timeline starts; that sample must be what the explorer prints.</summary>
public sealed class ReadmeTimelineTests
{
    private const string Introduction = "The timeline starts like this";

    [Fact]
    public void The_readme_sample_is_the_start_of_the_real_timeline()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var intro = readme.IndexOf(Introduction, StringComparison.Ordinal);
        Assert.True(intro >= 0, $"README.md no longer has the paragraph \"{Introduction}\" that introduces the sample timeline.");
        var start = readme.IndexOf("```text\n", intro, StringComparison.Ordinal) + "```text\n".Length;
        var sample = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var output = Explorer.Run("timeline").Output;

        Assert.True(sample.Split('\n').Length > 5, "the sample shows at least the heading and one event");
        Assert.StartsWith(sample, output, StringComparison.Ordinal);
        Assert.Contains($"({Dataset.Current.Events.Count} events;", readme[intro..start], StringComparison.Ordinal);
    }

    private static string RepositoryRoot() =>
        ReleaseStore.Find(AppContext.BaseDirectory)?.RepositoryRoot ?? throw new InvalidOperationException("The checkout was not found above the test binaries.");
}
