using System;
using System.Collections;
using System.Linq;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>The untyped comparison (for F#, ArrayList, data grids) orders dates exactly as the typed one does.</summary>
public sealed class PartialDateOrderTests
{
    [Fact]
    public void Untyped_and_typed_comparisons_agree_on_every_pair_of_dates_in_the_data()
    {
        var dates = Dataset.Current.Events.SelectMany(e => new[] { e.Date, e.EndDate }).ToArray();

        foreach (var a in dates)
        {
            foreach (var b in dates)
            {
                Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(((IComparable)a).CompareTo(b)));
            }
        }
    }

    [Fact]
    public void An_untyped_sort_gives_the_typed_order()
    {
        var dates = Dataset.Current.Events.Select(e => e.Date).ToArray();
        var untyped = new ArrayList(dates);

        untyped.Sort();

        Assert.Equal(dates.OrderBy(d => d).Select(d => d.ToString()), untyped.Cast<PartialDate>().Select(d => d.ToString()));
    }

    [Fact]
    public void Null_sorts_first_and_another_type_is_refused()
    {
        IComparable date = Events.DefencePolicyDialogue4.Date;

        Assert.True(date.CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => date.CompareTo("2023-07-03"));
    }
}
