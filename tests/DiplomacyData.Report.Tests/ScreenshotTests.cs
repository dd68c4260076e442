using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// An article page as a reader sees it, written to artifacts/report/ on every run for a person to look at, and
/// checked for what a screenshot alone would not prove: the style sheet and the script loaded from file:// under
/// the page's Content-Security-Policy.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(Browser browser, RealReport report)
{
    /// <summary>An article with both cited and excluded sentences.</summary>
    private const string ArticleId = "article-002";

    public static string ScreenshotPath => Path.Combine(Repository.Root, "artifacts", "report", ArticleId + ".png");

    [Fact]
    public async Task An_article_page_is_drawn_with_its_style_sheet_and_script_and_saved_as_a_screenshot()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        File.Delete(ScreenshotPath); // so the file checked below is this run's
        string citedBorder = "", excludedBorder = "", bodyFont = "";
        var filtersHidden = true;
        var page = await browser.Open(report.PathOf($"articles/{ArticleId}.html"), async live =>
        {
            citedBorder = await live.EvaluateAsync<string>("getComputedStyle(document.querySelector('.sentence.cited')).borderLeftColor");
            excludedBorder = await live.EvaluateAsync<string>("getComputedStyle(document.querySelector('.sentence.excluded')).borderLeftColor");
            bodyFont = await live.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
            filtersHidden = await live.EvaluateAsync<bool>("document.querySelector('.filters').hidden");
            await live.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath, FullPage = true });
        });

        Assert.Empty(page.Messages);
        Assert.Contains("system-ui", bodyFont); // site.css applied
        Assert.NotEqual(citedBorder, excludedBorder);
        Assert.False(filtersHidden); // filter.js ran and showed its checkboxes
        var png = File.ReadAllBytes(ScreenshotPath);
        Assert.True(png.Length > 20_000, $"the screenshot is only {png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public async Task Unticking_a_status_hides_its_sentences_and_only_those()
    {
        int visibleCited = -1, visibleExcluded = -1;
        await browser.Open(report.PathOf($"articles/{ArticleId}.html"), async live =>
        {
            await live.Locator(".filters input[data-status=cited]").UncheckAsync();
            visibleCited = await live.Locator(".sentence.cited:visible").CountAsync();
            visibleExcluded = await live.Locator(".sentence.excluded:visible").CountAsync();
        });

        Assert.Equal(0, visibleCited);
        Assert.True(visibleExcluded > 0);
    }
}
