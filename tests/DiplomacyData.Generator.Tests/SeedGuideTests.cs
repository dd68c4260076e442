using System;
using System.IO;
using DiplomacyData.Generator.Tests.Infrastructure;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.Testing;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// The field reference in seeds/README.md is made from the compiler's schema. When it is stale the test
/// fails with the first differing line; <c>DIPLOMACYDATA_ACCEPT_SNAPSHOTS=1 dotnet test</c> rewrites it.
/// </summary>
public sealed class SeedGuideTests
{
    private static readonly string GuidePath = Path.Combine(GeneratorHarness.RealSeedsDirectory, "README.md");

    [Fact]
    public void Field_reference_in_the_seed_guide_is_the_one_the_schema_describes()
    {
        var guide = File.ReadAllText(GuidePath).Replace("\r\n", "\n");
        var begin = guide.IndexOf(SeedGuideWriter.BeginMarker, StringComparison.Ordinal);
        var end = guide.IndexOf(SeedGuideWriter.EndMarker, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{GuidePath} needs the lines {SeedGuideWriter.BeginMarker} and {SeedGuideWriter.EndMarker}, in this order, around the field reference.");

        var start = begin + SeedGuideWriter.BeginMarker.Length + 1;
        var checkedIn = guide.Substring(start, end - start);
        var expected = SeedGuideWriter.Write() + "\n";
        if (checkedIn == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            File.WriteAllText(GuidePath, guide.Substring(0, start) + expected + guide.Substring(end));
            return;
        }

        Assert.Fail($"The field reference in {GuidePath} is out of date with SeedSchema; regenerate it with {Snapshot.AcceptVariable}=1 dotnet test. {FirstDifference(checkedIn, expected)}");
    }

    [Fact]
    public void Every_kind_has_a_table_with_a_row_for_each_field_a_seed_may_write()
    {
        var reference = SeedGuideWriter.Write();
        foreach (var kind in SeedSchema.Kinds)
        {
            var heading = $"\n### {kind.JsonKey} (";
            var start = reference.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, $"no table for {kind.JsonKey}");
            var next = reference.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
            var table = reference.Substring(start, (next < 0 ? reference.Length : next) - start);
            foreach (var field in kind.Fields)
            {
                Assert.Equal(!field.IsComputed, table.Contains($"| `{field.Name}` |", StringComparison.Ordinal));
                foreach (var word in field.EnumValues)
                {
                    Assert.Contains($"`{word}`", table, StringComparison.Ordinal);
                }
            }
        }
    }

    private static string FirstDifference(string checkedIn, string expected)
    {
        var have = checkedIn.Split('\n');
        var want = expected.Split('\n');
        for (var i = 0; i < Math.Max(have.Length, want.Length); i++)
        {
            var a = i < have.Length ? have[i] : "(end)";
            var b = i < want.Length ? want[i] : "(end)";
            if (a != b)
            {
                return $"Line {i + 1} of the reference is\n  {a}\nbut the schema gives\n  {b}";
            }
        }

        return "";
    }
}
