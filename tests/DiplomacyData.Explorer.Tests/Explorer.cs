using System;
using System.IO;

namespace DiplomacyData.Explorer.Tests;

/// <summary>What one run of the explorer printed and returned.</summary>
internal sealed record ExplorerResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.None);
}

/// <summary>Runs the explorer's real command line in-process, capturing standard output and error.</summary>
internal static class Explorer
{
    public static ExplorerResult Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = ExplorerApp.Run(args, output, error);
        return new ExplorerResult(exitCode, output.ToString(), error.ToString());
    }
}
