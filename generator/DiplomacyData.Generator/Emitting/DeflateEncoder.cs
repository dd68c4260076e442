using System;
using System.Collections.Generic;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Compresses bytes into one DEFLATE block (RFC 1951) with the fixed Huffman codes, which any inflater
/// reads back; the library uses <c>System.IO.Compression.DeflateStream</c>. Written here rather than
/// taken from <c>DeflateStream</c> because the output must be a function of the input alone: zlib's
/// output differs between zlib builds, so the same seeds would give different assemblies under the
/// .NET SDK's compiler and Visual Studio's. Greedy matching over a 32 KiB window with hash chains;
/// fixed codes lose a little against dynamic ones (about a fifth on the data tables) and keep this short.
/// </summary>
internal static class DeflateEncoder
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

    public static byte[] Compress(byte[] data)
    {
        var output = new BitWriter(data.Length / 3);
        output.Write(1, 1); // BFINAL: the only block
        output.Write(1, 2); // BTYPE 01: fixed Huffman codes

        var head = new int[1 << HashBits];
        var previous = new int[Window];
#if NETSTANDARD2_0
        for (var i = 0; i < head.Length; i++)
        {
            head[i] = -1;
        }
#else
        Array.Fill(head, -1);
#endif

        var position = 0;
        while (position < data.Length)
        {
            var (length, distance) = LongestMatch(data, position, head, previous);
            if (length >= MinMatch)
            {
                WriteMatch(output, length, distance);
                for (var end = position + length; position < end; position++)
                {
                    Insert(data, position, head, previous);
                }
            }
            else
            {
                WriteSymbol(output, data[position]);
                Insert(data, position, head, previous);
                position++;
            }
        }

        WriteSymbol(output, 256); // end of block
        return output.ToArray();
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

    private static void WriteMatch(BitWriter output, int length, int distance)
    {
        var lengthCode = UpperBoundIndex(LengthBase, length);
        WriteSymbol(output, 257 + lengthCode);
        output.Write(length - LengthBase[lengthCode], LengthExtra[lengthCode]);

        var distanceCode = UpperBoundIndex(DistanceBase, distance);
        output.WriteHuffman(distanceCode, 5); // fixed distance codes are all five bits
        output.Write(distance - DistanceBase[distanceCode], DistanceExtra[distanceCode]);
    }

    /// <summary>The fixed literal/length code of RFC 1951 section 3.2.6.</summary>
    private static void WriteSymbol(BitWriter output, int symbol)
    {
        if (symbol < 144)
        {
            output.WriteHuffman(0x30 + symbol, 8);
        }
        else if (symbol < 256)
        {
            output.WriteHuffman(0x190 + symbol - 144, 9);
        }
        else if (symbol < 280)
        {
            output.WriteHuffman(symbol - 256, 7);
        }
        else
        {
            output.WriteHuffman(0xC0 + symbol - 280, 8);
        }
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
        private readonly List<byte> _bytes;
        private ulong _pending;
        private int _pendingBits;

        public BitWriter(int capacity) => _bytes = new List<byte>(Math.Max(16, capacity));

        public void Write(int value, int bits)
        {
            _pending |= (ulong)value << _pendingBits;
            _pendingBits += bits;
            while (_pendingBits >= 8)
            {
                _bytes.Add((byte)_pending);
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
                _bytes.Add((byte)_pending);
            }

            return _bytes.ToArray();
        }
    }
}
