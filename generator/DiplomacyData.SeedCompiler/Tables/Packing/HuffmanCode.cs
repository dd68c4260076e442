using System;
using System.Collections.Generic;

namespace DiplomacyData.SeedCompiler.Tables.Packing;

/// <summary>
/// A canonical Huffman code of limited length, as DEFLATE's dynamic blocks use (RFC 1951 section 3.2.2):
/// the code lengths from the symbols' frequencies, then each symbol's code from the lengths alone.
/// </summary>
internal sealed class HuffmanCode
{
    private HuffmanCode(int[] lengths, int[] codes)
    {
        Lengths = lengths;
        Codes = codes;
    }

    /// <summary>Each symbol's code length in bits; 0 for a symbol that never occurs.</summary>
    public int[] Lengths { get; }

    /// <summary>Each symbol's code, most significant bit first.</summary>
    public int[] Codes { get; }

    /// <summary>
    /// The code for these frequencies with no code longer than <paramref name="maxBits"/>. At least two
    /// symbols get a code (an inflater wants a complete code): missing ones are taken from the lowest
    /// unused symbols. When the tree is too deep the frequencies are halved and the tree built again, which
    /// costs a little compression in rare cases and keeps the code simple and deterministic.
    /// </summary>
    public static HuffmanCode Build(int[] frequencies, int maxBits)
    {
        if (frequencies.Length < 2 || frequencies.Length > 1 << maxBits)
        {
            throw new ArgumentException($"An alphabet of {frequencies.Length} symbols cannot have a complete code of at most {maxBits} bits.", nameof(frequencies));
        }

        var weights = new long[frequencies.Length];
        var used = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = frequencies[i];
            used += frequencies[i] > 0 ? 1 : 0;
        }

        for (var i = 0; used < 2 && i < weights.Length; i++)
        {
            if (weights[i] == 0)
            {
                weights[i] = 1;
                used++;
            }
        }

        while (true)
        {
            var lengths = TreeDepths(weights);
            var longest = 0;
            foreach (var length in lengths)
            {
                longest = Math.Max(longest, length);
            }

            if (longest <= maxBits)
            {
                return new HuffmanCode(lengths, CanonicalCodes(lengths, longest));
            }

            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = weights[i] == 0 ? 0 : (weights[i] >> 1) | 1;
            }
        }
    }

    /// <summary>Each symbol's depth in a Huffman tree over the non-zero weights; ties go to the lower node number.</summary>
    private static int[] TreeDepths(long[] weights)
    {
        var nodeWeights = new List<long>();
        var parents = new List<int>();
        var leaves = new int[weights.Length];
        var open = new List<int>();
        for (var i = 0; i < weights.Length; i++)
        {
            leaves[i] = -1;
            if (weights[i] > 0)
            {
                leaves[i] = nodeWeights.Count;
                open.Add(nodeWeights.Count);
                nodeWeights.Add(weights[i]);
                parents.Add(-1);
            }
        }

        while (open.Count > 1)
        {
            var first = TakeLightest(open, nodeWeights);
            var second = TakeLightest(open, nodeWeights);
            var parent = nodeWeights.Count;
            nodeWeights.Add(nodeWeights[first] + nodeWeights[second]);
            parents.Add(-1);
            parents[first] = parent;
            parents[second] = parent;
            open.Add(parent);
        }

        var depths = new int[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            for (var node = leaves[i]; node >= 0 && parents[node] >= 0; node = parents[node])
            {
                depths[i]++;
            }
        }

        return depths;
    }

    private static int TakeLightest(List<int> open, List<long> nodeWeights)
    {
        var best = 0;
        for (var i = 1; i < open.Count; i++)
        {
            if (nodeWeights[open[i]] < nodeWeights[open[best]])
            {
                best = i;
            }
        }

        var node = open[best];
        open.RemoveAt(best);
        return node;
    }

    /// <summary>RFC 1951's construction: codes of each length are consecutive, shorter lengths first, symbols in order.</summary>
    private static int[] CanonicalCodes(int[] lengths, int longest)
    {
        var countOfLength = new int[longest + 1];
        foreach (var length in lengths)
        {
            countOfLength[length]++;
        }

        countOfLength[0] = 0;
        var next = new int[longest + 2];
        var code = 0;
        for (var bits = 1; bits <= longest; bits++)
        {
            code = (code + countOfLength[bits - 1]) << 1;
            next[bits] = code;
        }

        var codes = new int[lengths.Length];
        for (var symbol = 0; symbol < lengths.Length; symbol++)
        {
            if (lengths[symbol] > 0)
            {
                codes[symbol] = next[lengths[symbol]]++;
            }
        }

        return codes;
    }
}
