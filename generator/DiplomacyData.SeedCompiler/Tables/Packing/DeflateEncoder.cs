using System;
using System.Collections.Generic;

namespace DiplomacyData.SeedCompiler.Tables.Packing;

/// <summary>
/// Compresses bytes into one DEFLATE block (RFC 1951) with Huffman codes made for the data (a dynamic
/// block), which any inflater reads back; the library uses <c>System.IO.Compression.DeflateStream</c>.
/// Written here rather than taken from <c>DeflateStream</c> because the output must be a function of the
/// input alone: zlib's output differs between zlib builds, so the same seeds would give different
/// assemblies under the .NET SDK's compiler and Visual Studio's. Greedy matching over a 32 KiB window
/// with hash chains. With DEFLATE's fixed codes instead, the 100,000-event tables left RelationPostings
/// (6 MB) outside the packing budget; with codes made for each chunk it fits too.
/// <para>
/// An instance keeps its working arrays (hash chains, tokens, output) from one chunk to the next: a
/// 100,000-event build compresses 720 chunks, and fresh arrays for each were 0.5 GB of garbage.
/// </para>
/// </summary>
internal sealed class DeflateEncoder
{
    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int Window = 32 * 1024;
    private const int HashBits = 15;

    /// <summary>How many earlier positions with the same three-byte hash are tried: more compress better, slower.</summary>
    private const int MaxChainSteps = 48;

    private static readonly int[] LengthBase = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
    private static readonly int[] LengthExtra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
    private static readonly int[] DistanceBase = { 1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
    private static readonly int[] DistanceExtra = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

    /// <summary>The order in which a dynamic block sends the code-length code's own lengths.</summary>
    private static readonly int[] CodeLengthOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

    private readonly int[] _head = new int[1 << HashBits];
    private readonly int[] _previous = new int[Window];
    private readonly BitWriter _output = new();

    /// <summary>Each token is a literal (length 0, the byte) or a match: the length in the high half, the distance back in the low.</summary>
    private int[] _tokens = Array.Empty<int>();

    /// <summary>Compresses one array with an encoder of its own; to compress many, reuse one <see cref="Encode"/>.</summary>
    public static byte[] Compress(byte[] data) => new DeflateEncoder().Encode(data);

    public byte[] Encode(byte[] data)
    {
        var count = Tokenize(data);

        var literalFrequencies = new int[286];
        var distanceFrequencies = new int[30];
        for (var i = 0; i < count; i++)
        {
            var (length, value) = Token(_tokens[i]);
            if (length == 0)
            {
                literalFrequencies[value]++;
            }
            else
            {
                literalFrequencies[257 + UpperBoundIndex(LengthBase, length)]++;
                distanceFrequencies[UpperBoundIndex(DistanceBase, value)]++;
            }
        }

        literalFrequencies[256] = 1; // end of block
        var literals = HuffmanCode.Build(literalFrequencies, 15);
        var distances = HuffmanCode.Build(distanceFrequencies, 15);

        var output = _output;
        output.Clear();
        output.Write(1, 1); // BFINAL: the only block
        output.Write(2, 2); // BTYPE 10: Huffman codes of its own, sent first
        WriteCodeLengths(output, literals, distances);
        for (var i = 0; i < count; i++)
        {
            var (length, value) = Token(_tokens[i]);
            if (length == 0)
            {
                output.WriteHuffman(literals.Codes[value], literals.Lengths[value]);
            }
            else
            {
                WriteMatch(output, literals, distances, length, value);
            }
        }

        output.WriteHuffman(literals.Codes[256], literals.Lengths[256]);
        return output.ToArray();
    }

    private static (int Length, int Value) Token(int token) => (token >> 16, token & 0xFFFF);

    /// <summary>Puts the data into <see cref="_tokens"/> as literals and matches, greedily, and returns how many.</summary>
    private int Tokenize(byte[] data)
    {
        if (_tokens.Length < data.Length)
        {
            _tokens = new int[data.Length];
        }

        var head = _head;
        var previous = _previous;
        for (var i = 0; i < head.Length; i++)
        {
            head[i] = -1;
        }

        var count = 0;
        var position = 0;
        while (position < data.Length)
        {
            var (length, distance) = LongestMatch(data, position, head, previous);
            if (length >= MinMatch)
            {
                _tokens[count++] = (length << 16) | distance;
                for (var end = position + length; position < end; position++)
                {
                    Insert(data, position, head, previous);
                }
            }
            else
            {
                _tokens[count++] = data[position];
                Insert(data, position, head, previous);
                position++;
            }
        }

        return count;
    }

    /// <summary>
    /// The block's two codes, as their code lengths (RFC 1951 section 3.2.7): run-length coded with
    /// symbols 16 (repeat the last length), 17 and 18 (runs of zeros), those symbols Huffman coded in turn,
    /// and that code's own lengths sent first, 3 bits each, in the order the RFC fixes.
    /// </summary>
    private static void WriteCodeLengths(BitWriter output, HuffmanCode literals, HuffmanCode distances)
    {
        var literalCount = Used(literals.Lengths, 257);
        var distanceCount = Used(distances.Lengths, 1);
        var lengths = new int[literalCount + distanceCount];
        Array.Copy(literals.Lengths, lengths, literalCount);
        Array.Copy(distances.Lengths, 0, lengths, literalCount, distanceCount);

        var runs = new List<(int Symbol, int Extra)>();
        for (var i = 0; i < lengths.Length;)
        {
            var run = 1;
            while (i + run < lengths.Length && lengths[i + run] == lengths[i])
            {
                run++;
            }

            if (lengths[i] == 0 && run >= 11)
            {
                run = Math.Min(run, 138);
                runs.Add((18, run - 11));
            }
            else if (lengths[i] == 0 && run >= 3)
            {
                runs.Add((17, run - 3));
            }
            else if (run >= 4)
            {
                // The length once, then "repeat the last" for 3 to 6 more.
                run = Math.Min(run, 7);
                runs.Add((lengths[i], -1));
                runs.Add((16, run - 4));
            }
            else
            {
                run = 1;
                runs.Add((lengths[i], -1));
            }

            i += run;
        }

        var frequencies = new int[19];
        foreach (var (symbol, _) in runs)
        {
            frequencies[symbol]++;
        }

        var lengthCode = HuffmanCode.Build(frequencies, 7);
        var sent = CodeLengthOrder.Length;
        while (sent > 4 && lengthCode.Lengths[CodeLengthOrder[sent - 1]] == 0)
        {
            sent--;
        }

        output.Write(literalCount - 257, 5);
        output.Write(distanceCount - 1, 5);
        output.Write(sent - 4, 4);
        for (var i = 0; i < sent; i++)
        {
            output.Write(lengthCode.Lengths[CodeLengthOrder[i]], 3);
        }

        foreach (var (symbol, extra) in runs)
        {
            output.WriteHuffman(lengthCode.Codes[symbol], lengthCode.Lengths[symbol]);
            switch (symbol)
            {
                case 16: output.Write(extra, 2); break;
                case 17: output.Write(extra, 3); break;
                case 18: output.Write(extra, 7); break;
            }
        }
    }

    /// <summary>How many symbols are sent: up to the last that has a code, and at least <paramref name="minimum"/>.</summary>
    private static int Used(int[] lengths, int minimum)
    {
        var count = lengths.Length;
        while (count > minimum && lengths[count - 1] == 0)
        {
            count--;
        }

        return count;
    }

    private static (int Length, int Distance) LongestMatch(byte[] data, int position, int[] head, int[] previous)
    {
        var limit = Math.Min(MaxMatch, data.Length - position);
        if (limit < MinMatch)
        {
            return (0, 0);
        }

        int bestLength = 0, bestDistance = 0;
        var candidate = head[Hash(data, position)];
        for (var steps = 0; candidate >= 0 && position - candidate <= Window && steps < MaxChainSteps; steps++)
        {
            // A longer match must agree at the byte the best one stops at; checking it first skips most candidates.
            if (data[candidate + bestLength] == data[position + bestLength])
            {
                var length = 0;
                while (length < limit && data[candidate + length] == data[position + length])
                {
                    length++;
                }

                if (length > bestLength)
                {
                    bestLength = length;
                    bestDistance = position - candidate;
                    if (length == limit)
                    {
                        break;
                    }
                }
            }

            var next = previous[candidate % Window];
            if (next >= candidate)
            {
                break; // the slot was reused by a later position: the chain left the window
            }

            candidate = next;
        }

        return (bestLength, bestDistance);
    }

    private static void Insert(byte[] data, int position, int[] head, int[] previous)
    {
        if (position + MinMatch > data.Length)
        {
            return;
        }

        var hash = Hash(data, position);
        previous[position % Window] = head[hash];
        head[hash] = position;
    }

    private static int Hash(byte[] data, int position) =>
        (int)(((uint)(data[position] | (data[position + 1] << 8) | (data[position + 2] << 16)) * 2654435761u) >> (32 - HashBits));

    private static void WriteMatch(BitWriter output, HuffmanCode literals, HuffmanCode distances, int length, int distance)
    {
        var lengthCode = UpperBoundIndex(LengthBase, length);
        output.WriteHuffman(literals.Codes[257 + lengthCode], literals.Lengths[257 + lengthCode]);
        output.Write(length - LengthBase[lengthCode], LengthExtra[lengthCode]);

        var distanceCode = UpperBoundIndex(DistanceBase, distance);
        output.WriteHuffman(distances.Codes[distanceCode], distances.Lengths[distanceCode]);
        output.Write(distance - DistanceBase[distanceCode], DistanceExtra[distanceCode]);
    }

    /// <summary>The last index whose base is at most <paramref name="value"/>.</summary>
    private static int UpperBoundIndex(int[] bases, int value)
    {
        var index = bases.Length - 1;
        while (bases[index] > value)
        {
            index--;
        }

        return index;
    }

    /// <summary>Packs bits least significant first, as DEFLATE stores everything but Huffman codes.</summary>
    private sealed class BitWriter
    {
        private byte[] _bytes = new byte[4096];
        private int _count;
        private ulong _pending;
        private int _pendingBits;

        public void Clear()
        {
            _count = 0;
            _pending = 0;
            _pendingBits = 0;
        }

        public void Write(int value, int bits)
        {
            _pending |= (ulong)value << _pendingBits;
            _pendingBits += bits;
            while (_pendingBits >= 8)
            {
                Add((byte)_pending);
                _pending >>= 8;
                _pendingBits -= 8;
            }
        }

        /// <summary>Huffman codes are stored most significant bit first, so they go in reversed.</summary>
        public void WriteHuffman(int code, int bits)
        {
            var reversed = 0;
            for (var i = 0; i < bits; i++)
            {
                reversed = (reversed << 1) | ((code >> i) & 1);
            }

            Write(reversed, bits);
        }

        public byte[] ToArray()
        {
            if (_pendingBits > 0)
            {
                Add((byte)_pending);
                _pending = 0;
                _pendingBits = 0;
            }

            var bytes = new byte[_count];
            Array.Copy(_bytes, bytes, _count);
            return bytes;
        }

        private void Add(byte value)
        {
            if (_count == _bytes.Length)
            {
                Array.Resize(ref _bytes, _bytes.Length * 2);
            }

            _bytes[_count++] = value;
        }
    }
}
