using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace DiplomacyData.Report.Tests;

/// <summary>The report of the repository's own seeds, written once for every test that reads it, and deleted after.</summary>
public sealed class RealReport : IDisposable
{
    private readonly object _gate = new();
    private Task<IReadOnlyDictionary<string, LoadedPage>>? _all;

    public RealReport()
    {
        Reports.Write(Repository.Seeds, Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "diplomacydata-report-" + Guid.NewGuid().ToString("N"));

    /// <summary>Every HTML page of the site, as full paths, in ordinal order.</summary>
    public string[] Pages => Directory.GetFiles(Folder, "*.html", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    public string PathOf(string sitePath) => Path.GetFullPath(Path.Combine(Folder, sitePath));

    /// <summary>Every page loaded in the browser, by full path; loaded once, on first asking, for every test that reads them all.</summary>
    public Task<IReadOnlyDictionary<string, LoadedPage>> LoadAll(Browser browser)
    {
        lock (_gate)
        {
            return _all ??= Load(browser);
        }
    }

    /// <summary>A few pages at a time: the browser renders them on its own threads while the tests wait.</summary>
    private async Task<IReadOnlyDictionary<string, LoadedPage>> Load(Browser browser)
    {
        using var slots = new SemaphoreSlim(4);
        var loads = Pages.Select(async file =>
        {
            await slots.WaitAsync();
            try
            {
                return await browser.Open(file);
            }
            finally
            {
                slots.Release();
            }
        });
        return (await Task.WhenAll(loads)).ToDictionary(page => page.File, StringComparer.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
