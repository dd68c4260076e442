using System;
using System.Linq;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class ShowTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void Show_italy_lists_the_events_places_organizations_and_people_that_refer_to_it()
    {
        var expected = ReferenceWalk.ReferrersById(Data.All)["italy"];

        var result = Explorer.Run("show", "italy");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Referred to by ({expected.Count}):", result.Output);
        foreach (var kind in new[] { RecordKind.Event, RecordKind.Place, RecordKind.Organization, RecordKind.Person })
        {
            Assert.Contains(expected, id => Data.Find(id)!.Kind == kind);
        }

        Assert.All(expected, id => Assert.Contains($" {id} (", result.Output));
    }

    [Fact]
    public void Every_record_shows_exactly_its_referrers_whatever_its_kind()
    {
        var expected = ReferenceWalk.ReferrersById(Data.All);

        foreach (var record in Data.All)
        {
            var result = Explorer.Run("show", record.Id);
            var section = result.Output[result.Output.IndexOf("\nReferred to by", StringComparison.Ordinal)..];
            var listed = section.Split('\n').Skip(2).Where(line => line.Length > 0)
                .Select(line => line[16..line.IndexOf(' ', 16)]) // after the kind, padded to 13 letters
                .ToHashSet(StringComparer.Ordinal);

            Assert.Equal(0, result.ExitCode);
            Assert.True(
                (expected.TryGetValue(record.Id, out var ids) ? ids : []).SetEquals(listed),
                $"show {record.Id} lists {string.Join(", ", listed.Order())}");
        }
    }

    [Fact]
    public void Show_prints_the_fields_and_every_quote_with_its_source()
    {
        var dialogue = Data.Find<Event>("defence-policy-dialogue-4")!;

        var result = Explorer.Run("show", dialogue.Id);

        Assert.StartsWith($"event {dialogue.Id}: {dialogue.Title}", result.Output);
        Assert.Contains($"  title                 {dialogue.Title}\n", result.Output);
        Assert.Contains($"  date                  {dialogue.Date} (day)\n", result.Output);
        Assert.Contains($"inferred: {dialogue.Date.Inference!.Reason}", result.Output);
        Assert.Contains($"Evidence ({dialogue.Evidence.Count}):", result.Output);
        foreach (var evidence in dialogue.Evidence)
        {
            Assert.Contains($"“{evidence.Quote}”", result.Output);
            Assert.Contains($"— {evidence.Source.Id}: {evidence.Source.Title}", result.Output);
        }

        foreach (var participant in dialogue.Participants)
        {
            Assert.Contains($"{participant.Actor.Id} ({participant.Actor.Name})", result.Output);
        }
    }

    [Fact]
    public void An_unknown_id_suggests_the_nearest_ids()
    {
        var typo = Explorer.Run("show", "itlay");

        Assert.Equal(2, typo.ExitCode);
        Assert.Equal("", typo.Output);
        Assert.Contains("No record has the id or name 'itlay'. Did you mean: italy (Italy)", typo.Error);
    }

    [Theory]
    [InlineData("Vo Thi Anh Xuan", "vo-thi-anh-xuan")]
    [InlineData("Võ Thị Ánh Xuân", "vo-thi-anh-xuan")]
    [InlineData("phan van giang", "phan-van-giang")]
    [InlineData("Viet Nam", "vietnam")]
    public void A_name_or_alias_shows_the_record_it_names(string name, string id)
    {
        var byName = Explorer.Run("show", name);
        var byId = Explorer.Run("show", id);

        Assert.Equal(0, byName.ExitCode);
        Assert.Equal(byId.Output, byName.Output);
    }

    [Fact]
    public void A_topic_name_shows_the_topic()
    {
        var topic = Data.Topics.First(t => t.Parent is not null);

        var result = Explorer.Run("show", topic.Name.ToUpperInvariant());

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"topic {topic.Id}:", result.Output);
    }
}
