using System;
using System.Text;

namespace DiplomacyData;

/// <summary>Returns one chunk of a generated table: a UTF-8 literal in the assembly's data, or a chunk a <see cref="PackedTable"/> inflated.</summary>
internal delegate ReadOnlySpan<byte> ChunkSource(int chunk);

/// <summary>
/// A generated table whose rows are found by address (chunk &lt;&lt; 18 | byte offset). On .NET a
/// UTF-8 literal chunk is the assembly's own bytes, read in place; on netstandard2.0 each is copied into
/// an array once, on first use (see the ReadOnlySpan polyfill). Packed chunks are arrays either way.
/// </summary>
internal sealed class ChunkedText
{
    public const int ChunkBits = 18;

    private readonly ChunkSource _source;
#if NETSTANDARD2_0
    private readonly byte[]?[] _copies = new byte[]?[1 << (30 - ChunkBits)];
#endif

    public ChunkedText(ChunkSource source) => _source = source;

#if NETSTANDARD2_0
    public ReadOnlySpan<byte> Chunk(int chunk)
    {
        var copy = _copies[chunk] ??= Copy(_source(chunk));
        return new ReadOnlySpan<byte>(copy, 0, copy.Length);
    }

    /// <summary>
    /// The chunk's bytes as an array of exactly its length. The compiler builds a UTF-8 literal's array
    /// with a zero byte after the text, which the span leaves out; taking the whole array made the last
    /// row of every chunk one byte longer (its line feed read as part of its text).
    /// </summary>
    private static byte[] Copy(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Start == 0 && chunk.Length == chunk.Array.Length)
        {
            return chunk.Array;
        }

        var copy = new byte[chunk.Length];
        Array.Copy(chunk.Array, chunk.Start, copy, 0, chunk.Length);
        return copy;
    }
#else
    public ReadOnlySpan<byte> Chunk(int chunk) => _source(chunk);
#endif

    /// <summary>The bytes from an address to the end of its chunk.</summary>
    public ReadOnlySpan<byte> From(int address) => Chunk(address >> ChunkBits).Slice(address & ((1 << ChunkBits) - 1));

    /// <summary>The text of the row that starts at <paramref name="address"/> and ends before <paramref name="next"/> (the next row's address) or its chunk's end.</summary>
    public string Text(int address, int next)
    {
        var chunk = Chunk(address >> ChunkBits);
        var start = address & ((1 << ChunkBits) - 1);
        var end = (next >> ChunkBits) == (address >> ChunkBits) ? next & ((1 << ChunkBits) - 1) : chunk.Length;
        return Utf8(chunk.Slice(start, end - start - 1)); // without the row's line feed
    }

#if NETSTANDARD2_0
    private static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes.Array, bytes.Start, bytes.Length);
#else
    private static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
#endif
}

/// <summary>
/// A generated table of fixed-width cells, one row per line, read at random: row <c>i</c> is in chunk
/// <c>i / rowsPerChunk</c>. A cell is <c>width</c> bytes of 6 bits each, most significant first, '0' + bits.
/// </summary>
internal sealed class CellTable
{
    private readonly ChunkedText _text;
    private readonly int _width;
    private readonly int _stride;
    private readonly int _rowsPerChunk;

    public CellTable(ChunkSource source, int rows, int columns, int width, int rowsPerChunk)
    {
        _text = new ChunkedText(source);
        Rows = rows;
        _width = width;
        _stride = (columns * width) + 1;
        _rowsPerChunk = rowsPerChunk;
    }

    public int Rows { get; }

    public int this[int row, int column]
    {
        get
        {
            var chunk = _text.Chunk(row / _rowsPerChunk);
            var offset = (row % _rowsPerChunk * _stride) + (column * _width);
            var value = 0;
            for (var i = 0; i < _width; i++)
            {
                value = (value << 6) | (chunk[offset + i] - 0x30);
            }

            return value;
        }
    }
}
