using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace DiplomacyData.Report.Tests;

/// <summary>Every page of the real report, loaded in the browser: each link inside the site reaches a page that exists and an anchor on it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LinkTests(Browser browser, RealReport report)
{
    [Fact]
    public async Task Every_internal_link_reaches_an_existing_page_and_anchor_and_nothing_is_fetched_from_the_network()
    {
        var pages = await report.LoadAll(browser);
        var ids = pages.ToDictionary(p => p.Key, p => p.Value.Dom.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var broken = new List<string>();
        var links = 0;
        foreach (var (file, page) in pages)
        {
            Assert.True(page.Messages.Count == 0, $"{file}: {string.Join("; ", page.Messages)}"); // a CSP refusal or script error would be here

            var references = page.Dom.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(page.Dom.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!))
                .Concat(page.Dom.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references)
            {
                links++;
                var hash = reference.IndexOf('#', StringComparison.Ordinal);
                var address = hash < 0 ? reference : reference[..hash];
                var anchor = hash < 0 ? "" : Uri.UnescapeDataString(reference[(hash + 1)..]);
                var target = address.Length == 0 ? new Uri(file) : new Uri(new Uri(file), address);
                if (!target.IsFile)
                {
                    broken.Add($"{Relative(file)}: '{reference}' leaves the site");
                    continue;
                }

                var targetFile = target.LocalPath;
                if (!File.Exists(targetFile))
                {
                    broken.Add($"{Relative(file)}: '{reference}' names no file");
                }
                else if (anchor.Length > 0 && !(ids.TryGetValue(targetFile, out var targetIds) && targetIds.Contains(anchor)))
                {
                    broken.Add($"{Relative(file)}: '{reference}' names no anchor on its page");
                }
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} of {links} links are broken:\n" + string.Join("\n", broken.Take(20)));
        Assert.True(links > 1000, $"only {links} links were followed");
    }

    private string Relative(string file) => Path.GetRelativePath(report.Folder, file);
}
