using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DiplomacyData.SeedCompiler.Checking;

/// <summary>
/// Reads a seeds folder from disk and picks the files the library's build hands the generator
/// (src/DiplomacyData/DiplomacyData.csproj's AdditionalFiles): every <c>*.json</c> except those under
/// <c>schema/</c>, and the source texts directly under <c>sources/</c>.
/// </summary>
internal static class SeedFolder
{
    private const string SchemaFolder = "schema/";
    private const string SourcesFolder = "sources/";

    /// <summary>
    /// The build's inputs under <paramref name="seedsDirectory"/>, in ordinal order of their relative
    /// paths. Each <see cref="SeedInput.Path"/> is <paramref name="seedsDirectory"/> joined with the
    /// relative path, so a relative folder gives relative paths in diagnostics.
    /// </summary>
    public static IReadOnlyList<SeedInput> Read(string seedsDirectory) =>
        Directory.EnumerateFiles(seedsDirectory, "*.*", SearchOption.AllDirectories)
            .Select(path => (Path: path, RelativePath: RelativePath(seedsDirectory, path)))
            .Where(file => IsBuildInput(file.RelativePath))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .Select(file => new SeedInput(file.Path, file.RelativePath, File.ReadAllText(file.Path)))
            .ToList();

    /// <summary>Whether the build compiles the file at this seed-relative path ('/' separators).</summary>
    public static bool IsBuildInput(string relativePath)
    {
        if (relativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return !relativePath.StartsWith(SchemaFolder, StringComparison.Ordinal);
        }

        return relativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && relativePath.StartsWith(SourcesFolder, StringComparison.Ordinal)
            && relativePath.IndexOf('/', SourcesFolder.Length) < 0;
    }

    /// <summary>The path below the folder with '/' separators, as the generator names files in its diagnostics and hashes.</summary>
    private static string RelativePath(string seedsDirectory, string path)
    {
        // Directory.EnumerateFiles returns the folder as given followed by the rest, so the prefix is exact.
        var rest = path.Substring(seedsDirectory.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return rest.Replace('\\', '/');
    }
}
