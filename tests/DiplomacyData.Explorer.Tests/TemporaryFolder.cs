using System;
using System.IO;

namespace DiplomacyData.Explorer.Tests;

/// <summary>A fresh folder under the system's temporary directory for one test, deleted with everything in it afterwards.</summary>
public abstract class TemporaryFolder : IDisposable
{
    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), "diplomacydata-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
