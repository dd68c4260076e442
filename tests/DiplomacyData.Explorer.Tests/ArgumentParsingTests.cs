using DiplomacyData.Explorer.Arguments;
using DiplomacyData.SeedCompiler.Infrastructure;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class ArgumentParsingTests
{
    [Theory]
    [InlineData("2023", 2023, 2023)]
    [InlineData("2023..2025", 2023, 2025)]
    [InlineData("2023..", 2023, null)]
    [InlineData("..2024", null, 2024)]
    [InlineData("2024..2024", 2024, 2024)]
    public void Years_and_ranges_parse(string text, int? from, int? to)
    {
        Assert.True(YearRange.TryParse(text, out var range, out var error), error);
        Assert.Equal(new YearRange(from, to), range);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("20x3")]
    [InlineData("-2023")]
    [InlineData("+2023")]
    [InlineData(" 2023")]
    [InlineData("2023...2025")]
    [InlineData("2025..2023")]
    [InlineData("0")]
    [InlineData("10000")]
    [InlineData("2023..20x5")]
    public void Malformed_years_are_refused_with_a_reason(string text)
    {
        Assert.False(YearRange.TryParse(text, out _, out var error));
        Assert.Contains(text.Length == 0 ? "''" : text, error);
    }

    [Fact]
    public void A_name_matching_several_records_is_an_error_listing_each_with_its_id()
    {
        // No two people share a name in the current data, so two real people stand in for a shared alias.
        Person[] matches = [Dataset.Current.Find<Person>("phan-van-giang")!, Dataset.Current.Find<Person>("hoang-xuan-chien")!];

        Assert.False(RecordResolver.TryPick("Minister", RecordKind.Person, matches, out var picked, out var error));
        Assert.Null(picked);
        Assert.Equal("'Minister' names 2 people: phan-van-giang (Phan Van Giang), hoang-xuan-chien (Hoang Xuan Chien). Give one of these ids instead.", error);
        Assert.True(RecordResolver.TryPick("Giang", RecordKind.Person, matches[..1], out picked, out _));
        Assert.Same(matches[0], picked);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("italy", "itlay", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }

    [Fact]
    public void Suggestions_prefer_containing_candidates_then_the_nearest()
    {
        var near = Suggestions.Nearest("dialog", ["defence-policy-dialogue-4", "dialogue", "dialup", "unrelated-name"]);

        Assert.Equal(["defence-policy-dialogue-4", "dialogue", "dialup"], near);
    }
}
