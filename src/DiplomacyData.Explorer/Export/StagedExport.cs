using System;
using System.Collections.Generic;
using System.IO;
using DiplomacyData.Explorer.Staging;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// An export's files, written into a <see cref="StagingFolder"/> and moved into the target folder only when every
/// one of them was written: a failed export leaves the target as it was. Files of other names in the target stay.
/// Disposing without <see cref="Commit"/> deletes the staging folder.
/// </summary>
internal sealed class StagedExport : IDisposable
{
    private readonly StagingFolder _staging;
    private readonly List<string> _names = [];

    /// <summary>Creates the staging folder beside <paramref name="target"/> (which need not exist yet); throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when that place cannot be written.</summary>
    public StagedExport(string target) => _staging = new StagingFolder(target);

    /// <summary>The folder the files end up in, as a full path.</summary>
    public string Target => _staging.Target;

    /// <summary>A new file named <paramref name="name"/> in the staging folder, open for reading and writing (a Parquet row group is appended by reading the file's footer).</summary>
    public FileStream Create(string name)
    {
        _names.Add(name);
        return new FileStream(Path.Combine(_staging.Path, name), FileMode.CreateNew, FileAccess.ReadWrite);
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
            File.Move(Path.Combine(_staging.Path, name), Path.Combine(Target, name), overwrite: true);
        }
    }

    public void Dispose() => _staging.Dispose();
}
