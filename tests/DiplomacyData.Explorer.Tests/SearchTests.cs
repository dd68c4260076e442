using System;
using System.Linq;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class SearchTests
{
    [Theory]
    [InlineData("Hà Nội")]
    [InlineData("ha noi")]
    [InlineData("hanoi")]
    [InlineData("HA-NOI")]
    public void Spellings_of_Ha_Noi_find_the_same_records(string text)
    {
        var result = Explorer.Run("search", text);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Explorer.Run("search", "Hà Nội").Output, result.Output);
        Assert.Contains(result.OutputLines, line => line.StartsWith("place         hanoi ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vo Thi Anh Xuan", "vo-thi-anh-xuan")]
    [InlineData("cremnago", "matteo-perego-di-cremnago")]
    [InlineData("viet", "vietnam")]
    public void Entities_listed_are_those_of_SearchNames(string text, string expectedId)
    {
        var expected = Dataset.Current.SearchNames(text).Select(e => e.Id).ToArray();

        var result = Explorer.Run("search", text);
        var listedEntities = result.OutputLines
            .Where(line => line.Length > 0 && !line.StartsWith("topic ", StringComparison.Ordinal))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])
            .ToArray();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expectedId, expected);
        Assert.Equal(expected, listedEntities);
    }

    [Fact]
    public void Topics_are_found_by_name()
    {
        var result = Explorer.Run("search", "defence industry");

        Assert.Contains(result.OutputLines, line => line.StartsWith("topic ", StringComparison.Ordinal) && line.Contains(" defence-industry ", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_found_is_exit_code_1_with_a_message_on_stderr()
    {
        var result = Explorer.Run("search", "zzqx");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("Nothing is called 'zzqx'", result.Error);
    }
}
