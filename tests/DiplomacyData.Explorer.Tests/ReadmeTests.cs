using System;
using System.IO;
using DiplomacyData.Explorer.Releases;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>The README's samples are real: the timeline it shows is what the explorer prints, and its F# sample is what the F# consumer check runs.</summary>
public sealed class ReadmeTests
{
    private const string TimelineIntroduction = "The timeline starts like this";
    private const string FSharpIntroduction = "In F#, in a script run with `dotnet fsi`";
    private const string ScriptBegin = "// README.md F# sample: begin\n";
    private const string ScriptEnd = "// README.md F# sample: end\n";

    private static readonly string Root =
        ReleaseStore.Find(AppContext.BaseDirectory)?.RepositoryRoot ?? throw new InvalidOperationException("The checkout was not found above the test binaries.");

    private static readonly string Readme = ReadText("README.md");

    [Fact]
    public void The_timeline_sample_is_the_start_of_the_real_timeline()
    {
        var sample = BlockAfter(TimelineIntroduction, "text");

        var output = Explorer.Run("timeline").Output;

        Assert.True(sample.Split('\n').Length > 5, "the sample shows at least the heading and one event");
        Assert.StartsWith(sample, output, StringComparison.Ordinal);
        Assert.Contains($"({Dataset.Current.Events.Count} events;", Readme[Readme.IndexOf(TimelineIntroduction, StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void The_FSharp_sample_is_the_part_of_the_consumer_script_between_its_markers()
    {
        var sample = BlockAfter(FSharpIntroduction, "fsharp");
        var script = ReadText(Path.Combine("tests", "Consumers", "FSharpScript", "queries.fsx"));
        var begin = script.IndexOf(ScriptBegin, StringComparison.Ordinal);
        var end = script.IndexOf(ScriptEnd, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"queries.fsx marks the README's sample with \"{ScriptBegin.TrimEnd()}\" and \"{ScriptEnd.TrimEnd()}\".");

        Assert.Equal(script[(begin + ScriptBegin.Length)..end], sample);
        Assert.Contains("#r \"nuget: DiplomacyData\"", sample, StringComparison.Ordinal);
    }

    /// <summary>The body of the first fenced block in <paramref name="language"/> after the paragraph that starts with <paramref name="introduction"/>.</summary>
    private static string BlockAfter(string introduction, string language)
    {
        var intro = Readme.IndexOf(introduction, StringComparison.Ordinal);
        Assert.True(intro >= 0, $"README.md no longer has the paragraph \"{introduction}\" that introduces a sample.");
        var fence = $"```{language}\n";
        var start = Readme.IndexOf(fence, intro, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no {fence.TrimEnd()} block after \"{introduction}\".");
        start += fence.Length;
        return Readme[start..Readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static string ReadText(string relativePath) =>
        File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
