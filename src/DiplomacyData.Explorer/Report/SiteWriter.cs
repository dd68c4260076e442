using System;
using System.IO;
using System.Text;
using DiplomacyData.Explorer.Staging;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// Writes a site all or nothing: pages go into a <see cref="StagingFolder"/>, which takes the target's place
/// whole only once every page is written. Disposing before <see cref="Publish"/> (a failure) leaves the target
/// as it was and removes the staging folder, so no half-written report is ever left where a reader would open it.
/// </summary>
internal sealed class SiteWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StagingFolder _staging;

    private SiteWriter(StagingFolder staging) => _staging = staging;

    /// <summary>The folder the finished site will be.</summary>
    public string Target => _staging.Target;

    private string Staging => _staging.Path;

    /// <summary>
    /// Checks that <paramref name="target"/> may be replaced (it does not exist, is empty, or holds an earlier
    /// report) and makes the staging folder. Throws <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/> when the folder cannot be written, with the reason.
    /// </summary>
    public static SiteWriter Begin(string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (File.Exists(full))
        {
            throw new IOException($"'{target}' is a file, not a folder");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).GetEnumerator().MoveNext() && !File.Exists(Path.Combine(full, SitePaths.Marker)))
        {
            throw new IOException($"'{target}' already holds files that are not a provenance report; give an empty or new folder, or an earlier report's folder, which is replaced whole");
        }

        return new SiteWriter(new StagingFolder(full));
    }

    /// <summary>Writes one file of the site, at a site path such as <c>records/italy.html</c>.</summary>
    public void Write(string sitePath, string content)
    {
        var file = Path.Combine(Staging, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content, Utf8);
    }

    /// <summary>Puts the finished site in the target's place, replacing an earlier report there.</summary>
    public void Publish()
    {
        Write(SitePaths.Marker, "This folder is a DiplomacyData provenance report; the explorer's report command replaces it whole.\n");
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging, Target);
            return;
        }

        var previous = _staging.Sibling("previous");
        Directory.Move(Target, previous);
        Directory.Move(Staging, Target);
        Directory.Delete(previous, recursive: true);
    }

    /// <summary>Removes the staging folder when the site was not published (a failure); the target is untouched.</summary>
    public void Dispose() => _staging.Dispose();
}
