using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>PartialDate as a user builds, reads, compares and formats one.</summary>
public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023", DatePrecision.Year)]
    [InlineData("2023-07", DatePrecision.Month)]
    [InlineData("2023-07-26", DatePrecision.Day)]
    [InlineData("2024-02-29", DatePrecision.Day)]
    public void Parse_reads_the_three_ISO_forms_and_ToString_writes_them_back(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
        Assert.True(PartialDate.TryParse(text, out var again));
        Assert.Equal(date, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("2023-7")]
    [InlineData("2023-13")]
    [InlineData("2023-02-29")]
    [InlineData("0000")]
    [InlineData("2023-07-26T10:00")]
    [InlineData("unknown")]
    public void Parse_refuses_what_is_not_a_date(string text)
    {
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.False(PartialDate.TryParse(text, out var date));
        Assert.Equal(PartialDate.Unknown, date);
    }

    [Fact]
    public void The_factories_build_the_dates_Parse_reads()
    {
        Assert.Equal(PartialDate.Parse("2023"), PartialDate.FromYear(2023));
        Assert.Equal(PartialDate.Parse("2023-07"), PartialDate.FromMonth(2023, 7));
        Assert.Equal(PartialDate.Parse("2023-07-26"), PartialDate.FromDay(2023, 7, 26));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromMonth(2023, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDay(2023, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromYear(0));
    }

    [Fact]
    public void Factories_and_parse_agree_for_every_day_month_and_year()
    {
        Gen.Int[1, 9999].Select(Gen.Int[1, 12]).SelectMany((y, m) => Gen.Int[1, DateTime.DaysInMonth(y, m)].Select(d => (y, m, d)))
            .Sample(t =>
            {
                var (y, m, d) = t;
                Assert.Equal(PartialDate.FromDay(y, m, d), PartialDate.Parse(PartialDate.FromDay(y, m, d).ToString()));
                Assert.Equal(PartialDate.FromMonth(y, m), PartialDate.Parse(PartialDate.FromMonth(y, m).ToString()));
                Assert.Equal(new DateTime(y, m, d), PartialDate.FromDay(y, m, d).Earliest);
                Assert.Equal(new DateTime(y, m, DateTime.DaysInMonth(y, m)), PartialDate.FromMonth(y, m).Latest);
            });
    }

    [Fact]
    public void The_sort_order_puts_less_precise_dates_first_and_unknown_last()
    {
        var sorted = new[] { PartialDate.Unknown, PartialDate.FromDay(2023, 7, 26), PartialDate.FromYear(2023), PartialDate.FromMonth(2023, 7), PartialDate.FromYear(2013) }
            .OrderBy(d => d)
            .Select(d => d.ToString());

        Assert.Equal(new[] { "2013", "2023", "2023-07", "2023-07-26", "unknown" }, sorted);
        Assert.True(PartialDate.FromYear(2023) < PartialDate.FromDay(2023, 7, 26)); // a sort order, though they overlap
        Assert.True(PartialDate.FromYear(2023).Overlaps(PartialDate.FromDay(2023, 7, 26)));
        Assert.True(PartialDate.FromYear(2023) >= PartialDate.FromYear(2013));
    }

    [Fact]
    public void Contains_CouldBe_and_Overlaps_answer_about_time()
    {
        var year = PartialDate.FromYear(2023);
        var july = PartialDate.FromMonth(2023, 7);
        var bounded = PartialDate.Between(PartialDate.FromDay(2024, 7, 2), PartialDate.FromDay(2025, 9, 5));
        var after = PartialDate.Between(PartialDate.FromDay(2024, 7, 2), PartialDate.Unknown);

        Assert.True(year.Contains(new DateTime(2023, 12, 31, 23, 0, 0)));
        Assert.False(july.Contains(new DateTime(2023, 8, 1)));
        Assert.False(bounded.Contains(new DateTime(2025, 1, 1))); // a bounded date names no period
        Assert.True(bounded.CouldBe(new DateTime(2025, 1, 1)));
        Assert.False(bounded.CouldBe(new DateTime(2024, 7, 1)));
        Assert.True(after.CouldBe(new DateTime(2030, 1, 1)));
        Assert.True(bounded.Overlaps(PartialDate.FromYear(2025)));
        Assert.False(bounded.Overlaps(year));
        Assert.False(PartialDate.Unknown.Overlaps(year));
        Assert.False(PartialDate.Unknown.CouldBe(new DateTime(2023, 1, 1)));
    }

    [Fact]
    public void A_bounded_date_reads_as_its_bounds_and_sorts_at_its_earliest()
    {
        var bounded = PartialDate.Between(PartialDate.FromDay(2024, 7, 2), PartialDate.FromDay(2025, 9, 5));

        Assert.True(bounded.IsBounded);
        Assert.False(bounded.IsKnown);
        Assert.Equal("between 2024-07-02 and 2025-09-05", bounded.ToString());
        Assert.Equal("not before 2024-07-02", PartialDate.Between(PartialDate.FromDay(2024, 7, 2), PartialDate.Unknown).ToString());
        Assert.Equal("not after 2025", PartialDate.Between(PartialDate.Unknown, PartialDate.FromYear(2025)).ToString());
        Assert.Equal(new DateTime(2024, 7, 2), bounded.Earliest);
        Assert.Equal(new DateTime(2025, 9, 5), bounded.Latest);
        Assert.True(PartialDate.FromDay(2024, 7, 2) < bounded);
        Assert.True(bounded < PartialDate.FromDay(2024, 7, 3));
        Assert.True(bounded < PartialDate.Unknown);
        Assert.Throws<ArgumentException>(() => PartialDate.Between(PartialDate.FromYear(2025), PartialDate.FromYear(2024)));
        Assert.Throws<ArgumentException>(() => PartialDate.Between(PartialDate.Unknown, PartialDate.Unknown));
    }

    [Fact]
    public void Format_strings_are_honoured_at_the_date_s_precision_and_refused_beyond_it()
    {
        var day = PartialDate.FromDay(2023, 7, 26);
        var month = PartialDate.FromMonth(2023, 7);

        Assert.Equal("2023", $"{day:yyyy}");
        Assert.Equal("26 July 2023", day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        Assert.Equal("July 2023", month.ToString("MMMM yyyy"));
        Assert.Equal("2023-07", string.Format(CultureInfo.InvariantCulture, "{0}", month));
        Assert.Throws<FormatException>(() => month.ToString("yyyy-MM-dd"));
        Assert.Throws<FormatException>(() => day.ToString("yyyy-MM-dd HH:mm"));
        Assert.Throws<FormatException>(() => PartialDate.Unknown.ToString("yyyy"));
        Assert.Equal("d 2023", PartialDate.FromYear(2023).ToString("'d' yyyy")); // a quoted letter is text
        Assert.Equal("d2023", PartialDate.FromYear(2023).ToString("\\dyyyy")); // and so is an escaped one
        Assert.Throws<FormatException>(() => PartialDate.FromYear(2023).ToString("\\'d\\' yyyy")); // an escaped quote leaves the d a day
    }
}
