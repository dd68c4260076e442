using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AngleSharp.Dom;
using Xunit;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// Text from the seeds and articles is shown as text and never runs: the hostile fixture's pages, loaded in
/// the browser, hold no element the texts tried to inject, ran no script of theirs, and show each text literally.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileTextTests : IDisposable
{
    private readonly Browser _browser;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "diplomacydata-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileTextTests(Browser browser)
    {
        _browser = browser;
        Reports.Write(HostileSeeds.Write(Path.Combine(_folder, "seeds")), Site);
    }

    private string Site => Path.Combine(_folder, "site");

    [Theory]
    [InlineData("articles/" + HostileSeeds.ArticleId + ".html")]
    [InlineData("records/" + HostileSeeds.StatementId + ".html")]
    [InlineData("records/" + HostileSeeds.PersonId + ".html")]
    [InlineData("records/ex-bidi.html")]
    [InlineData("index.html")]
    public async Task No_injected_element_exists_and_no_injected_script_ran(string sitePath)
    {
        var page = await _browser.Open(Path.Combine(Site, sitePath), async live =>
        {
            Assert.Null(await live.EvaluateAsync<string?>("document.body.getAttribute('data-pwned')"));
            Assert.DoesNotContain("pwned", await live.TitleAsync(), StringComparison.Ordinal);
        });

        Assert.Empty(page.Messages); // no dialog, no script error, no Content-Security-Policy refusal
        var script = Assert.Single(page.Dom.QuerySelectorAll("script")); // the site's own, and no other
        Assert.Equal(sitePath.Contains('/') ? "../filter.js" : "filter.js", script.GetAttribute("src"));
        foreach (var injected in new[] { "img", "iframe", "em", "b", "u", "title" })
        {
            Assert.Empty(page.Dom.Body!.QuerySelectorAll(injected));
        }
    }

    [Fact]
    public async Task The_hostile_quote_reads_literally_in_its_sentence_and_in_its_record_page()
    {
        var article = await _browser.Open(Path.Combine(Site, "articles", HostileSeeds.ArticleId + ".html"));
        var sentence = article.Dom.QuerySelector("#s2 .text")!;
        Assert.Equal(HostileSeeds.ScriptQuote, sentence.TextContent);
        Assert.Equal(HostileSeeds.ScriptQuote, Assert.Single(sentence.QuerySelectorAll("mark.cite")).TextContent);

        var statement = await _browser.Open(Path.Combine(Site, "records", HostileSeeds.StatementId + ".html"));
        Assert.Equal(HostileSeeds.ScriptQuote, statement.Dom.QuerySelector(".evidence blockquote")!.TextContent);
        Assert.Contains("Rossi <script>alert('summary')</script> spoke.", statement.Dom.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var person = await _browser.Open(Path.Combine(Site, "records", HostileSeeds.PersonId + ".html"));
        Assert.Equal(HostileSeeds.PersonName, person.Dom.QuerySelector("h1")!.TextContent);
        Assert.Contains(person.Dom.QuerySelectorAll("table.fields td"), cell => cell.TextContent == HostileSeeds.Note);
    }

    [Fact]
    public async Task A_right_to_left_override_in_an_article_is_shown_by_its_code_not_applied()
    {
        var article = await _browser.Open(Path.Combine(Site, "articles", HostileSeeds.ArticleId + ".html"));
        var text = article.Dom.QuerySelector("#s3 .text")!;

        Assert.DoesNotContain('\u202E', article.Dom.Body!.TextContent);
        Assert.Equal(HostileSeeds.BidiSentence.Replace("\u202E", "[U+202E]", StringComparison.Ordinal), text.TextContent);
        var shown = Assert.Single(text.QuerySelectorAll(".hidden-char"));
        Assert.Equal("RIGHT-TO-LEFT OVERRIDE", shown.GetAttribute("title"));
    }

    [Fact]
    public async Task A_sentence_neither_cited_nor_excluded_is_shown_as_not_accounted_for()
    {
        var article = await _browser.Open(Path.Combine(Site, "articles", HostileSeeds.ArticleId + ".html"));
        var row = article.Dom.QuerySelector("#s4")!;

        Assert.Equal(HostileSeeds.UnaccountedSentence, row.QuerySelector(".text")!.TextContent);
        Assert.Equal("⚠ not accounted for", row.QuerySelector(".status")!.TextContent);
        Assert.Equal(new[] { "excluded", "cited", "excluded", "unaccounted" }, article.Dom.QuerySelectorAll(".sentence").Select(s => s.GetAttribute("data-status")));
        Assert.Equal("1", article.Dom.QuerySelector("td[data-count=unaccounted]")!.TextContent);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
