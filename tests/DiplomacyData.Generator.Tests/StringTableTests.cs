using DiplomacyData.SeedCompiler.Tables;
using DiplomacyData.Generator.Emitting;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// The dataset's texts are numbered once each, in order of first use, and stored as the library will read
/// them back from UTF-8: a lone surrogate, which UTF-8 cannot hold, as U+FFFD.
/// </summary>
public sealed class StringTableTests
{
    [Fact]
    public void Texts_are_numbered_in_order_of_first_use_and_a_repeat_gets_its_first_number()
    {
        var table = new StringTable();

        Assert.Equal(0, table.Intern("rome"));
        Assert.Equal(1, table.Intern("hanoi"));
        Assert.Equal(0, table.Intern(new string("rome".ToCharArray())));
        Assert.Equal(new[] { "rome", "hanoi" }, table.Strings);
    }

    [Fact]
    public void A_lone_surrogate_is_stored_as_the_replacement_character_and_both_spellings_find_it()
    {
        var table = new StringTable();

        var index = table.Intern("a\uD800b");

        Assert.Equal("a\uFFFDb", table.Strings[index]);
        Assert.Equal(index, table.Intern("a\uD800b"));
        Assert.Equal(index, table.Intern("a\uFFFDb"));
        Assert.Single(table.Strings);
    }

    [Fact]
    public void A_surrogate_pair_is_stored_as_it_is_and_found_again()
    {
        var table = new StringTable();

        var index = table.Intern("flag \U0001F1FB\U0001F1F3");

        Assert.Equal("flag \U0001F1FB\U0001F1F3", table.Strings[index]);
        Assert.Equal(index, table.Intern(new string("flag \U0001F1FB\U0001F1F3".ToCharArray())));
        Assert.Single(table.Strings);
    }
}
