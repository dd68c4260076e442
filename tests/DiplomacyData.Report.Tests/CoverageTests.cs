using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ExplorerCli = DiplomacyData.Explorer.Tests.Explorer;
using Xunit;

namespace DiplomacyData.Report.Tests;

/// <summary>The site counts sentences as the build does: what each article page shows agrees with the explorer's <c>stats</c>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CoverageTests(Browser browser, RealReport report)
{
    private static readonly Regex CoverageLine = new(@"^  (?<id>\S+): (?<sentences>\d+) sentences, (?<cited>\d+) cited, (?<excluded>\d+) excluded, (?<unaccounted>\d+) unaccounted", RegexOptions.Multiline);

    [Fact]
    public async Task Each_article_page_marks_as_many_sentences_cited_and_excluded_as_stats_counts()
    {
        var stats = ExplorerCli.Run("stats");
        var articles = CoverageLine.Matches(stats.Output).ToList();
        Assert.Equal(Dataset.Current.Sources.Count, articles.Count);

        var index = await browser.Open(report.PathOf("index.html"));
        foreach (var expected in articles)
        {
            var id = expected.Groups["id"].Value;
            var page = await browser.Open(report.PathOf($"articles/{id}.html"));
            var rows = page.Dom.QuerySelectorAll(".sentence");
            Assert.Equal(expected.Groups["sentences"].Value, rows.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (status, label) in new[] { ("cited", "✓ cited"), ("excluded", "⊘ excluded"), ("unaccounted", "⚠ not accounted for") })
            {
                // Counted from the rows the browser shows, by their visible label, not from a summary the page prints.
                var shown = rows.Count(row => row.QuerySelector(".status")!.TextContent == label);
                Assert.True(expected.Groups[status].Value == shown.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{id}: stats counts {expected.Groups[status].Value} {status}, the page shows {shown}");
                Assert.Equal(shown, rows.Count(row => row.GetAttribute("data-status") == status));

                var cell = index.Dom.QuerySelector($"tr[data-article='{id}'] td[data-count='{status}']")!;
                Assert.Equal(expected.Groups[status].Value, cell.TextContent);
            }
        }
    }
}
