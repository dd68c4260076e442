using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>Each filter must give exactly what the library's own query gives.</summary>
public sealed class TimelineTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void No_command_prints_the_full_timeline()
    {
        var bare = Explorer.Run();
        var timeline = Explorer.Run("timeline");

        Assert.Equal(0, bare.ExitCode);
        Assert.Equal(timeline.Output, bare.Output);
        Assert.StartsWith($"Vietnam–Italy timeline — DiplomacyData {Data.Info.ReleaseVersion}, {Data.Events.Count} events\n", bare.Output);
        Assert.Equal(Ids(Data.Events).Order(StringComparer.Ordinal), EventIds(bare).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Events_come_in_the_library_s_chronological_order_with_undated_ones_last()
    {
        var events = EventIds(Explorer.Run("timeline")).Select(id => Data.Find<Event>(id)!).ToArray();
        var firstUndated = Array.FindIndex(events, e => !e.EffectiveDate.IsKnown && !e.EffectiveDate.IsBounded);

        Assert.True(firstUndated > 0, "the data has dated and undated events");
        Assert.All(events[firstUndated..], e => Assert.False(e.EffectiveDate.IsKnown || e.EffectiveDate.IsBounded));
        Assert.Equal(Data.Timeline, events);
        for (var i = 1; i < firstUndated; i++)
        {
            Assert.True(events[i - 1].EffectiveDate <= events[i].EffectiveDate, $"{events[i - 1].Id} is listed before {events[i].Id}");
        }
    }

    [Theory]
    [InlineData("2023", 2023, 2023)]
    [InlineData("2023..2025", 2023, 2025)]
    [InlineData("2024..", 2024, 9999)]
    [InlineData("..2023", 1, 2023)]
    public void Year_filter_equals_EventsBetween(string year, int from, int to)
    {
        var expected = Data.EventsBetween(new DateTime(from, 1, 1), new DateTime(to, 12, 31));

        var result = Explorer.Run("timeline", "--year", year);

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(expected);
        AssertSameEvents(expected, result);
    }

    [Theory]
    [InlineData("meeting", new[] { EventKind.Meeting })]
    [InlineData("state-visit,working-visit", new[] { EventKind.StateVisit, EventKind.WorkingVisit })]
    [InlineData("DIALOGUE", new[] { EventKind.Dialogue })]
    public void Kind_filter_keeps_the_events_of_those_kinds(string kinds, EventKind[] expectedKinds)
    {
        var expected = Data.Events.Where(e => expectedKinds.Contains(e.EventKind)).ToArray();

        var result = Explorer.Run("timeline", "--kind", kinds);

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(expected);
        AssertSameEvents(expected, result);
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error_that_lists_the_kinds()
    {
        var result = Explorer.Run("timeline", "--kind", "summit");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'summit' is not an event kind; use one of: meeting, visit, state-visit", result.Error);
    }

    [Theory]
    [InlineData("italy")]
    [InlineData("vietnam")]
    public void Country_filter_is_events_held_in_it_or_with_a_participant_from_it(string id)
    {
        var country = Data.Find<Country>(id)!;
        var expected = Data.EventsAt(country).Union(Data.EventsInvolving(country)).ToArray();

        AssertSameEvents(expected, Explorer.Run("timeline", "--country", id));
    }

    [Theory]
    [InlineData("Việt Nam")]
    [InlineData("viet nam")]
    [InlineData("VIETNAM")]
    public void Country_names_resolve_ignoring_case_and_diacritics(string name)
    {
        var byName = Explorer.Run("timeline", "--country", name);
        var byId = Explorer.Run("timeline", "--country", "vietnam");

        Assert.Equal(0, byName.ExitCode);
        Assert.Equal(byId.Output, byName.Output);
    }

    [Theory]
    [InlineData("phan-van-giang")]
    [InlineData("Phan Văn Giang")]
    [InlineData("cremnago")]
    public void Person_filter_equals_EventsWith(string person)
    {
        var entity = Data.FindByName(person).OfType<Person>().SingleOrDefault() ?? Data.Find<Person>(person)!;

        var result = Explorer.Run("timeline", "--person", person);

        Assert.NotEmpty(Data.EventsWith(entity));
        AssertSameEvents(Data.EventsWith(entity), result);
    }

    [Fact]
    public void Topic_filter_includes_events_tagged_with_a_sub_topic_only()
    {
        var defence = Data.Find<Topic>("defence")!;
        var onlyBelow = Data.Events.Where(e => !e.Topics.Contains(defence) && e.Topics.Any(t => t.IsWithin(defence))).ToArray();

        var result = Explorer.Run("timeline", "--topic", "defence");

        Assert.NotEmpty(onlyBelow);
        AssertSameEvents(Data.EventsAbout(defence), result);
        Assert.Superset(Ids(onlyBelow).ToHashSet(), EventIds(result).ToHashSet());
    }

    [Fact]
    public void Topic_names_resolve_like_ids()
    {
        Assert.Equal(Explorer.Run("timeline", "--topic", "defence-industry").Output, Explorer.Run("timeline", "--topic", "Defence Industry").Output);
    }

    [Fact]
    public void Filters_combine_as_an_intersection()
    {
        var italy = Data.Find<Country>("italy")!;
        var defence = Data.Find<Topic>("defence")!;
        var expected = Data.EventsBetween(new DateTime(2023, 1, 1), new DateTime(2023, 12, 31))
            .Intersect(Data.EventsAt(italy).Union(Data.EventsInvolving(italy)))
            .Intersect(Data.EventsAbout(defence))
            .ToArray();

        var result = Explorer.Run("timeline", "--year", "2023", "--country", "Italy", "--topic", "defence");

        Assert.NotEmpty(expected);
        Assert.True(expected.Length < Data.EventsAbout(defence).Count, "the year and country filters remove something");
        AssertSameEvents(expected, result);
        Assert.Contains($"{expected.Length} of {Data.Events.Count} events (year 2023; country Italy; topic Defence and its sub-topics)", result.Output);
    }

    [Fact]
    public void No_matching_event_is_exit_code_1_with_a_message()
    {
        var result = Explorer.Run("timeline", "--year", "1900");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(EventIds(result));
        Assert.Contains("No event matches year 1900", result.Error);
    }

    private static void AssertSameEvents(IEnumerable<Event> expected, ExplorerResult result)
    {
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(Ids(expected).Order(StringComparer.Ordinal), EventIds(result).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Ids(IEnumerable<Event> events) => events.Select(e => e.Id);

    private static string[] EventIds(ExplorerResult result) =>
        result.OutputLines.Where(line => line.StartsWith("    id:    ", StringComparison.Ordinal)).Select(line => line["    id:    ".Length..]).ToArray();
}
