using System;
using ExplorerCli = DiplomacyData.Explorer.Tests.Explorer;

namespace DiplomacyData.Report.Tests;

/// <summary>Runs <c>report</c> in-process (through the explorer tests' runner, linked into this project).</summary>
internal static class Reports
{
    /// <summary>Writes the report of <paramref name="seeds"/> into <paramref name="output"/>, failing with what it printed if it could not.</summary>
    public static void Write(string seeds, string output)
    {
        var result = ExplorerCli.Run("report", "--seeds", seeds, "--output", output);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"report exited {result.ExitCode}:\n{result.Output}\n{result.Error}");
        }
    }
}
