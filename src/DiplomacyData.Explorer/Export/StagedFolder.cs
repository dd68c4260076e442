using System;
using System.Collections.Generic;
using System.IO;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// Files written into a hidden staging folder beside the target folder and moved into the target only when
/// every one of them was written: a failed export leaves the target as it was, never half an export whose
/// files a reader would take for a whole one. Disposing without <see cref="Commit"/> deletes the staging folder.
/// </summary>
internal sealed class StagedFolder : IDisposable
{
    private readonly string _staging;
    private readonly List<string> _names = [];

    /// <summary>Creates the staging folder beside <paramref name="target"/> (which need not exist yet); throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when that place cannot be written.</summary>
    public StagedFolder(string target)
    {
        Target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(Target.TrimEnd(Path.DirectorySeparatorChar)) ?? Target;
        // Beside the target, so that the final moves stay on one file system and are renames, not copies.
        _staging = Path.Combine(parent, "." + Path.GetFileName(Target.TrimEnd(Path.DirectorySeparatorChar)) + ".partial-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>The folder the files end up in, as a full path.</summary>
    public string Target { get; }

    /// <summary>A new file named <paramref name="name"/> in the staging folder, open for reading and writing (a Parquet row group is appended by reading the file's footer).</summary>
    public FileStream Create(string name)
    {
        _names.Add(name);
        return new FileStream(Path.Combine(_staging, name), FileMode.CreateNew, FileAccess.ReadWrite);
    }

    /// <summary>Moves every file into the target folder, creating it when missing and replacing files of the same names.</summary>
    public void Commit()
    {
        Directory.CreateDirectory(Target);
        // A folder in the way of one file would stop the moves halfway; find it before moving any.
        foreach (var name in _names)
        {
            if (Directory.Exists(Path.Combine(Target, name)))
            {
                throw new IOException($"{Path.Combine(Target, name)} is a folder, so the file {name} cannot replace it.");
            }
        }

        foreach (var name in _names)
        {
            File.Move(Path.Combine(_staging, name), Path.Combine(Target, name), overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_staging, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The export's own message says what failed; a staging folder that cannot be removed is left for the user to delete.
        }
    }
}
