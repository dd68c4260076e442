using System.Linq;
using CsCheck;
using DiplomacyData.SeedCompiler.Tables.Packing;
using DiplomacyData.Generator.Emitting;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>The codes of DEFLATE's dynamic blocks: complete (what an inflater accepts), within their length limit, prefix-free.</summary>
public sealed class HuffmanCodeTests
{
    [Fact]
    public void An_alphabet_no_complete_code_fits_is_refused_rather_than_looped_on()
    {
        Assert.Throws<System.ArgumentException>(() => HuffmanCode.Build(new int[300], 7));
        Assert.Throws<System.ArgumentException>(() => HuffmanCode.Build(new int[1], 15));
    }

    [Fact]
    public void Fibonacci_frequencies_that_want_a_deep_tree_stay_within_fifteen_bits()
    {
        // Fibonacci weights make the most lopsided tree: 30 symbols would want codes of 29 bits.
        var frequencies = new int[30];
        frequencies[0] = frequencies[1] = 1;
        for (var i = 2; i < frequencies.Length; i++)
        {
            frequencies[i] = frequencies[i - 1] + frequencies[i - 2];
        }

        var code = HuffmanCode.Build(frequencies, 15);

        Assert.True(code.Lengths.Max() <= 15, $"longest code {code.Lengths.Max()} bits");
        AssertCompleteAndPrefixFree(code);
    }

    [Fact]
    public void Any_frequencies_give_a_complete_prefix_free_code_within_the_limit()
    {
        // DEFLATE's alphabets: 19 code-length symbols within 7 bits, 30 distances and 286 literals and lengths within 15.
        Gen.OneOf(Gen.Int[0, 100_000].Array[2, 19].Select(f => (f, 7)), Gen.Int[0, 100_000].Array[2, 286].Select(f => (f, 15))).Sample(pair =>
        {
            var (frequencies, maxBits) = pair;
            var code = HuffmanCode.Build(frequencies, maxBits);

            Assert.True(code.Lengths.Max() <= maxBits);
            Assert.All(Enumerable.Range(0, frequencies.Length).Where(i => frequencies[i] > 0), i => Assert.True(code.Lengths[i] > 0));
            AssertCompleteAndPrefixFree(code);
        }, iter: 300);
    }

    /// <summary>Kraft's sum is exactly one (no code to spare, none missing), and no code begins another.</summary>
    private static void AssertCompleteAndPrefixFree(HuffmanCode code)
    {
        var used = Enumerable.Range(0, code.Lengths.Length).Where(i => code.Lengths[i] > 0).ToList();
        Assert.True(used.Count >= 2);
        Assert.Equal(1.0, used.Sum(i => 1.0 / (1L << code.Lengths[i])), precision: 12);
        var words = used.Select(i => System.Convert.ToString(code.Codes[i], 2).PadLeft(code.Lengths[i], '0')).ToList();
        foreach (var a in words)
        {
            Assert.Single(words, b => b.StartsWith(a, System.StringComparison.Ordinal));
        }
    }
}
