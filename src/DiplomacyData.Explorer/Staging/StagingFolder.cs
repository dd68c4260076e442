using System;
using System.IO;

namespace DiplomacyData.Explorer.Staging;

/// <summary>
/// A hidden folder beside a target folder (<c>.name.partial-id</c>) that a command writes its whole output into
/// before any of it reaches the target, so a failure never leaves half an output where a reader would take it
/// for a whole one. Beside the target, so that moving the output in is a rename on one file system, not a copy.
/// How the output reaches the target is the caller's: export moves its files in, report swaps the whole folder.
/// Disposing removes the staging folder with whatever is still in it.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _parent;
    private readonly string _id = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Creates the staging folder beside <paramref name="target"/> (which need not exist yet, nor its parent);
    /// throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when that place cannot be written.
    /// </summary>
    public StagingFolder(string target)
    {
        Target = System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        _parent = System.IO.Path.GetDirectoryName(Target) ?? Target;
        Path = Sibling("partial");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder the output ends up in, as a full path without a trailing separator.</summary>
    public string Target { get; }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    /// <summary>Another hidden name beside the target, of this run only: <c>.name.purpose-id</c> (report moves an earlier site aside to one).</summary>
    public string Sibling(string purpose) => System.IO.Path.Combine(_parent, $".{System.IO.Path.GetFileName(Target)}.{purpose}-{_id}");

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The command's own message says what failed; a staging folder that cannot be removed is left for the user to delete.
        }
    }
}
