using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace DiplomacyData.Testing;

/// <summary>
/// Snapshot assertions in Verify's file conventions: the approved text lives beside the test as
/// <c>Snapshots/Name.verified.ext</c>; on a mismatch the actual text is written to
/// <c>Snapshots/Name.received.ext</c> and the test fails. To accept every received file, run the
/// tests with <c>DIPLOMACYDATA_ACCEPT_SNAPSHOTS=1</c>, then review the diff in git.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "DIPLOMACYDATA_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string extension, string actual, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(SourcePath(testFile))!, "Snapshots");
        Directory.CreateDirectory(folder);
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verified}. Review {received}, then accept with {AcceptVariable}=1."
            : $"Snapshot {name} changed. Compare {received} with {verified}; accept with {AcceptVariable}=1.");
    }

    /// <summary>The repository root (the folder with DiplomacyData.sln), found above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar)))
        {
            if (File.Exists(Path.Combine(dir, "DiplomacyData.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("The repository root (with DiplomacyData.sln) was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// A [CallerFilePath] as a path on this machine: CI builds map source paths to "/_/" for
    /// deterministic binaries, so such a path is taken as relative to the repository root.
    /// </summary>
    private static string SourcePath(string callerFilePath)
    {
        const string DeterministicRoot = "/_/";
        return callerFilePath.StartsWith(DeterministicRoot, StringComparison.Ordinal)
            ? Path.Combine(RepositoryRoot(), callerFilePath.Substring(DeterministicRoot.Length))
            : callerFilePath;
    }
}
