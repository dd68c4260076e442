using System;
using System.IO;

namespace DiplomacyData.Report.Tests;

/// <summary>Paths in the checkout the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder holding DiplomacyData.sln, found upward from the test's own folder.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DiplomacyData.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No DiplomacyData.sln above {AppContext.BaseDirectory}.");
    }
}
