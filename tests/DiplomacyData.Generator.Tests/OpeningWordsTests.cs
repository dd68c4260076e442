using DiplomacyData.SeedCompiler.Parsing;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>How an excluded sentence is cut down to the opening words the package carries.</summary>
public sealed class OpeningWordsTests
{
    [Theory]
    [InlineData("One two three four five", 3, "One two three")]
    [InlineData("One  two\nthree four", 3, "One  two\nthree")]
    [InlineData("  Leading space, then words.", 2, "  Leading space,")]
    [InlineData("Short sentence.", 8, "Short sentence.")]
    [InlineData("Exactly three words", 3, "Exactly three words")]
    [InlineData("Việt Nam – Italy: “quoted” words here", 4, "Việt Nam – Italy:")]
    public void The_text_is_kept_verbatim_up_to_the_end_of_the_last_word(string text, int words, string expected)
    {
        Assert.Equal(expected, TextRules.OpeningWords(text, words));
    }
}
