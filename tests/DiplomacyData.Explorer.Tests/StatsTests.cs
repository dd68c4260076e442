using System;
using System.Globalization;
using System.Linq;
using DiplomacyData.Explorer.Export;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class StatsTests
{
    [Fact]
    public void Stats_prints_the_count_of_every_kind_per_source_and_the_coverage_of_every_source()
    {
        var data = Dataset.Current;
        var result = Explorer.Run("stats");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"DiplomacyData {data.Info.ReleaseVersion} (seed hash {data.Info.SeedHash[..12]})", result.Output);
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            var row = result.OutputLines.Single(line => line.StartsWith($"  {KindNames.PluralOf(kind)} ", StringComparison.Ordinal));
            var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(data.Info.Counts[kind].ToString(CultureInfo.InvariantCulture), cells[1]);
            if (cells.Length > 2)
            {
                var perSource = data.Sources.Select(s => data.All.Count(r => r.Kind == kind && r.Evidence.Any(e => e.Source == s)).ToString(CultureInfo.InvariantCulture));
                Assert.Equal(perSource, cells[2..]);
            }
        }

        foreach (var coverage in data.Info.Coverage)
        {
            Assert.Contains($"  {coverage}  (", result.Output);
        }
    }
}
