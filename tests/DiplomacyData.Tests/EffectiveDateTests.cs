using System;
using System.Linq;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// Sub-events and bounded dates in time queries: EventsBetween (planned at build time) and the Timeline
/// (sorted at run time) agree with each other and with each event's effective date.
/// </summary>
public sealed class EffectiveDateTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void A_sub_event_without_a_date_of_its_own_takes_its_parent_s_days()
    {
        var visit = new TestEvent(PartialDate.FromDay(2023, 7, 2), PartialDate.FromDay(2023, 7, 4), null);
        var oneDayVisit = new TestEvent(PartialDate.FromMonth(2023, 7), PartialDate.Unknown, null);

        Assert.Equal(PartialDate.Between(PartialDate.FromDay(2023, 7, 2), PartialDate.FromDay(2023, 7, 4)), new TestEvent(PartialDate.Unknown, PartialDate.Unknown, visit).EffectiveDate);
        Assert.Equal(PartialDate.FromMonth(2023, 7), new TestEvent(PartialDate.Unknown, PartialDate.Unknown, oneDayVisit).EffectiveDate);
        Assert.Equal(PartialDate.FromMonth(2023, 7), new TestEvent(PartialDate.Unknown, PartialDate.Unknown, new TestEvent(PartialDate.Unknown, PartialDate.Unknown, oneDayVisit)).EffectiveDate);
        Assert.Equal(PartialDate.FromDay(2023, 7, 3), new TestEvent(PartialDate.FromDay(2023, 7, 3), PartialDate.Unknown, visit).EffectiveDate);
        Assert.Equal(PartialDate.Unknown, new TestEvent(PartialDate.Unknown, PartialDate.Unknown, null).EffectiveDate);
        Assert.All(Data.Events.Where(e => e.Date.IsKnown || e.Date.IsBounded), e => Assert.Equal(e.Date, e.EffectiveDate));
        Assert.All(Data.Events.Where(e => e.Parent is { } parent && !e.Date.IsKnown && !e.Date.IsBounded && parent.Date.IsKnown && parent.EndDate.IsKnown && parent.EndDate != parent.Date), e => Assert.Equal(PartialDate.Between(e.Parent!.Date, e.Parent.EndDate), e.EffectiveDate));
    }

    [Fact]
    public void Every_meeting_of_2023_is_found_sub_events_included()
    {
        var in2023 = Data.EventsBetween(new DateTime(2023, 1, 1), new DateTime(2023, 12, 31));

        Assert.Contains(Events.ChienCrosettoCourtesyCall, in2023);
        Assert.Contains(Events.ThuongLaRussaMeeting, in2023);
        Assert.All(Data.Events.Where(e => e.Parent is not null && in2023.Contains(e.Parent)), e => Assert.Contains(e, in2023));
    }

    [Fact]
    public void EventsBetween_is_exactly_the_events_whose_effective_days_meet_the_window_in_timeline_order()
    {
        foreach (var (from, to) in new[] { (new DateTime(2013, 1, 1), new DateTime(2013, 12, 31)), (new DateTime(2023, 7, 1), new DateTime(2023, 7, 31)), (new DateTime(2025, 1, 1), new DateTime(2025, 12, 31)), (DateTime.MinValue, DateTime.MaxValue) })
        {
            var window = PartialDate.Between(PartialDate.FromDay(from.Year, from.Month, from.Day), PartialDate.FromDay(to.Year, to.Month, to.Day));
            var expected = Data.Timeline.Where(e => InWindow(e, window)).Select(e => e.Id);

            Assert.Equal(expected, Data.EventsBetween(from, to).Select(e => e.Id));
        }
    }

    [Fact]
    public void An_event_bounded_on_one_side_only_is_in_no_window_and_sorts_by_its_bound()
    {
        var dialogue = Events.DefencePolicyDialogue5;

        Assert.True(dialogue.Date.IsBounded);
        Assert.Equal(PartialDate.FromDay(2024, 7, 2), dialogue.Date.NotBefore);
        Assert.DoesNotContain(dialogue, Data.EventsBetween(DateTime.MinValue, DateTime.MaxValue));
        Assert.True(Data.Timeline.ToList().IndexOf(dialogue) < Data.Timeline.ToList().FindIndex(e => !e.EffectiveDate.IsKnown && !e.EffectiveDate.IsBounded));
    }

    [Fact]
    public void The_timeline_lists_undated_events_last_and_each_parent_before_its_sub_events()
    {
        var timeline = Data.Timeline.ToList();
        var firstUndated = timeline.FindIndex(e => !e.EffectiveDate.IsKnown && !e.EffectiveDate.IsBounded);

        Assert.True(firstUndated > 0);
        Assert.All(timeline.Skip(firstUndated), e => Assert.False(e.EffectiveDate.IsKnown || e.EffectiveDate.IsBounded));
        Assert.All(timeline.Where(e => e.Parent is not null && e.EffectiveDate.CompareTo(e.Parent.EffectiveDate) == 0), e => Assert.True(timeline.IndexOf(e.Parent!) < timeline.IndexOf(e)));
        Assert.Equal(timeline.Count, timeline.Distinct().Count());
        Assert.Equal(Data.Events.Count, timeline.Count);
    }

    /// <summary>An event outside the compiled rows, for the rule of <see cref="Event.EffectiveDate"/> on chains the dataset does not hold.</summary>
    private sealed record TestEvent(PartialDate Date, PartialDate EndDate, TestEvent? Parent)
    {
        public PartialDate EffectiveDate => Event.EffectiveDateOf(this, e => (e.Date, e.EndDate, e.Parent));
    }

    /// <summary>An event's possible days, as EventsBetween defines them: its effective date, reaching its own end date; no days when it is unbounded on a side.</summary>
    private static bool InWindow(Event e, PartialDate window)
    {
        var date = e.EffectiveDate;
        var first = date.Earliest;
        var last = date.IsKnown && e.Date.IsKnown && e.EndDate.IsKnown ? e.EndDate.Latest : date.Latest;
        return first is not null && last is not null && first <= window.Latest && window.Earliest <= last;
    }
}
