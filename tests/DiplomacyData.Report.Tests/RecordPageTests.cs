using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace DiplomacyData.Report.Tests;

/// <summary>Every record of the compiled dataset has its page in the report of the same seeds.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecordPageTests(Browser browser, RealReport report)
{
    [Fact]
    public async Task Every_record_in_the_dataset_has_a_page_naming_it()
    {
        var pages = await report.LoadAll(browser);
        var missing = Dataset.Current.All
            .Where(record => !(pages.TryGetValue(report.PathOf(Path.Combine("records", record.Id + ".html")), out var page)
                && page.Dom.QuerySelector("code.id")?.TextContent == record.Id
                && page.Dom.QuerySelector("h1")!.TextContent.Length > 0))
            .Select(record => record.Id)
            .ToList();

        Assert.True(missing.Count == 0, "No page for: " + string.Join(", ", missing));
        Assert.Equal(Dataset.Current.All.Count, Directory.GetFiles(report.PathOf("records"), "*.html").Length);
    }

    [Fact]
    public async Task Each_record_page_lists_the_records_that_refer_to_it_as_the_library_does()
    {
        var pages = await report.LoadAll(browser);
        foreach (var record in Dataset.Current.All)
        {
            var page = pages[report.PathOf($"records/{record.Id}.html")];
            var table = page.Dom.QuerySelector("#referred-by + table.references");
            var shown = table is null
                ? new List<string>()
                : table.QuerySelectorAll("tr").Skip(1).Select(row => row.QuerySelector("code")!.TextContent + " " + Path.GetFileNameWithoutExtension(row.QuerySelector("a")!.GetAttribute("href"))).ToList();
            var expected = Dataset.Current.ReferencesTo(record).Select(r => r.Field + " " + r.Referrer.Id).ToList();
            Assert.True(expected.SequenceEqual(shown), $"{record.Id}: the library lists [{string.Join(", ", expected)}], the page [{string.Join(", ", shown)}]");
        }
    }

    [Fact]
    public async Task A_records_evidence_shows_its_quote_highlighted_in_its_sentence_linked_to_the_article()
    {
        var dialogue = Events.DefencePolicyDialogue4;
        var page = (await report.LoadAll(browser))[report.PathOf($"records/{dialogue.Id}.html")];

        var evidence = page.Dom.QuerySelectorAll(".evidence");
        Assert.Equal(dialogue.Evidence.Count, evidence.Length);
        for (var i = 0; i < evidence.Length; i++)
        {
            var focus = evidence[i].QuerySelector(".in-context.focus")!;
            Assert.Equal(dialogue.Evidence[i].Quote, focus.QuerySelector("mark.cite")!.TextContent);
            Assert.StartsWith($"../articles/{dialogue.Evidence[i].Source.Id}.html#s", focus.QuerySelector("a.article")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task A_claim_is_named_by_the_point_it_answers_and_its_page_names_the_other_claims_on_that_point()
    {
        var pages = await report.LoadAll(browser);
        foreach (var claim in Dataset.Current.Claims)
        {
            var page = pages[report.PathOf($"records/{claim.Id}.html")];
            var subject = pages[report.PathOf($"records/{claim.Subject.Id}.html")].Dom.QuerySelector("h1")!.TextContent;
            Assert.Equal($"{claim.Property} of {subject}: {claim.Value}", page.Dom.QuerySelector("h1")!.TextContent);

            var others = Dataset.Current.Claims.Where(c => c != claim && c.Subject == claim.Subject && c.Property == claim.Property).Select(c => c.Id).ToList();
            var shown = page.Dom.QuerySelectorAll("#other-claims + ul.records a.record").Select(a => Path.GetFileNameWithoutExtension(a.GetAttribute("href"))).ToList();
            Assert.True(others.SequenceEqual(shown), $"{claim.Id}: other claims [{string.Join(", ", others)}], the page [{string.Join(", ", shown)}]");
        }

        var conflicted = Dataset.Current.Claims.First(c => c.Id == "claim-tripodi-hang-meeting-place-hanoi");
        var sideBySide = pages[report.PathOf($"records/{conflicted.Id}.html")].Dom.QuerySelector("#other-claims ~ p a")!.GetAttribute("href");
        Assert.Equal("../index.html#conflict-tripodi-le-thi-thu-hang-meeting-place", sideBySide);
    }

    [Fact]
    public async Task An_events_page_lists_its_sub_events_as_the_library_lists_its_children()
    {
        var pages = await report.LoadAll(browser);
        foreach (var e in Dataset.Current.Events)
        {
            var row = pages[report.PathOf($"records/{e.Id}.html")].Dom.QuerySelectorAll("table.fields tr").Single(r => r.QuerySelector("th")?.TextContent == "children");
            var shown = row.QuerySelectorAll("a.record").Select(a => Path.GetFileNameWithoutExtension(a.GetAttribute("href"))).ToList();
            Assert.True(e.Children.Select(c => c.Id).SequenceEqual(shown), $"{e.Id}: children [{string.Join(", ", e.Children.Select(c => c.Id))}], the page [{string.Join(", ", shown)}]");
        }

        Assert.Contains(Dataset.Current.Events, e => e.Children.Count > 1);
    }
}
