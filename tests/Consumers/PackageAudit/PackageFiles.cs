using System.IO.Compression;

namespace PackageAudit;

/// <summary>Reads a NuGet package (a zip file) into memory, so audits can seek in its files.</summary>
internal static class PackageFiles
{
    public static IReadOnlyDictionary<string, byte[]> Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return files;
    }
}
