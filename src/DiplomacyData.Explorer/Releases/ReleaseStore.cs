using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DiplomacyData.Explorer.Releases;

/// <summary>
/// The kept data releases in a checkout: <c>src/DiplomacyData/Releases/</c> holds, per released version,
/// <c>VERSION.data.jsonl</c> (every record) and <c>VERSION.api.txt</c> (the public API), plus the
/// <c>CHANGELOG.md</c> written from their differences.
/// </summary>
internal sealed class ReleaseStore
{
    private const string DataSuffix = ".data.jsonl";
    private const string ApiSuffix = ".api.txt";

    public ReleaseStore(string repositoryRoot)
    {
        RepositoryRoot = repositoryRoot;
        Folder = Path.Combine(repositoryRoot, "src", "DiplomacyData", "Releases");
    }

    public string RepositoryRoot { get; }

    public string Folder { get; }

    public string ChangelogPath => Path.Combine(Folder, "CHANGELOG.md");

    /// <summary>The approved public API, kept current by the PublicApi snapshot test.</summary>
    public string CurrentApiPath => Path.Combine(RepositoryRoot, "tests", "DiplomacyData.Tests", "Snapshots", "PublicApi.verified.txt");

    /// <summary>Finds the checkout above <paramref name="start"/> (the folder with DiplomacyData.sln).</summary>
    public static ReleaseStore? Find(string start)
    {
        for (var dir = Path.GetFullPath(start); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "DiplomacyData.sln")))
            {
                return new ReleaseStore(dir);
            }
        }

        return null;
    }

    public IReadOnlyList<ReleaseVersion> Versions()
    {
        if (!Directory.Exists(Folder))
        {
            return Array.Empty<ReleaseVersion>();
        }

        return Directory.EnumerateFiles(Folder, "*" + DataSuffix)
            .Select(path => Path.GetFileName(path)[..^DataSuffix.Length])
            .Select(name => ReleaseVersion.TryParse(name, out var version) ? version : (ReleaseVersion?)null)
            .OfType<ReleaseVersion>()
            .OrderBy(v => v)
            .ToList();
    }

    public ReleaseVersion? Latest() => Versions().Count == 0 ? null : Versions()[^1];

    public IReadOnlyList<ReleasedRecord> ReadData(ReleaseVersion version)
    {
        var path = DataPath(version);
        return ReleaseSnapshotFormat.Read(File.ReadAllText(path), Path.GetFileName(path));
    }

    public string ReadApi(ReleaseVersion version) => File.ReadAllText(ApiPath(version));

    public void Write(ReleaseVersion version, IEnumerable<ReleasedRecord> data, string api)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(DataPath(version), ReleaseSnapshotFormat.Write(data));
        File.WriteAllText(ApiPath(version), api.Replace("\r\n", "\n"));
    }

    private string DataPath(ReleaseVersion version) => Path.Combine(Folder, version + DataSuffix);

    private string ApiPath(ReleaseVersion version) => Path.Combine(Folder, version + ApiSuffix);
}
