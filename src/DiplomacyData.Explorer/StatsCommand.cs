using System;
using System.IO;
using System.Linq;

namespace DiplomacyData.Explorer;

/// <summary>Prints how many records of each kind there are, and how completely each source is accounted for.</summary>
internal static class StatsCommand
{
    public static int Run(TextWriter output)
    {
        var info = Dataset.Current.Info;
        output.WriteLine($"DiplomacyData {info.ReleaseVersion} (seed hash {info.SeedHash[..12]})");
        foreach (var (kind, count) in info.Counts.OrderBy(pair => pair.Key))
        {
            output.WriteLine($"  {kind,-14} {count,5}");
        }

        output.WriteLine();
        output.WriteLine("Sentence coverage:");
        foreach (var coverage in info.Coverage)
        {
            output.WriteLine($"  {coverage}  ({coverage.Ratio:P0})");
        }

        return 0;
    }
}
