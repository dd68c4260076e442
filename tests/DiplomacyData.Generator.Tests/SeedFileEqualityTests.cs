using System.IO;
using System.Linq;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.Generator.Tests.Infrastructure;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// The pipeline compares each file's parse with the previous one to decide whether linking must run
/// again. Parsed values keep their positions as offsets into a per-file line map, so the maps must
/// compare by value: a re-parse of the same text is equal, and a text whose lines moved is not (its
/// diagnostics would point at other lines).
/// </summary>
public sealed class SeedFileEqualityTests
{
    private static readonly string Path = System.IO.Path.Combine(GeneratorHarness.FixtureSeedsDirectory, "fixture.json");

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_files()
    {
        var text = GeneratorHarness.FixtureText();

        var first = SeedFileParser.Parse(Path, "fixture.json", text);
        var second = SeedFileParser.Parse(Path, "fixture.json", new string(text.ToCharArray()));

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Moving_the_lines_of_a_file_makes_its_parse_differ_and_its_positions_follow()
    {
        var text = GeneratorHarness.FixtureText();
        var moved = text.Insert(text.IndexOf('\n') + 1, "\n");

        var before = SeedFileParser.Parse(Path, "fixture.json", text);
        var after = SeedFileParser.Parse(Path, "fixture.json", moved);

        Assert.NotEqual(before, after);
        var field = before.Records[0].Values.ToList().FindIndex(v => !v.IsAbsent);
        var valueBefore = before.Records[0].Values[field];
        var valueAfter = after.Records[0].Values[field];
        Assert.Equal(valueBefore.Text, valueAfter.Text);
        Assert.Equal(valueBefore.Location!.StartLine + 1, valueAfter.Location!.StartLine);
        Assert.Equal(valueBefore.Location.StartColumn, valueAfter.Location.StartColumn);
    }

    [Fact]
    public void The_same_text_at_another_path_is_another_file()
    {
        var text = GeneratorHarness.FixtureText();

        var here = SeedFileParser.Parse(Path, "fixture.json", text);
        var there = SeedFileParser.Parse(System.IO.Path.Combine(Directory.GetCurrentDirectory(), "fixture.json"), "fixture.json", text);

        Assert.NotEqual(here, there);
    }
}
