using System;
using System.Runtime.CompilerServices;
using System.Text;
using DiplomacyData.TableFormat;

namespace DiplomacyData;

/// <summary>Returns one chunk of a generated table: a UTF-8 literal in the assembly's data, or a chunk a <see cref="PackedTable"/> inflated.</summary>
internal delegate ReadOnlySpan<byte> ChunkSource(int chunk);

/// <summary>
/// A generated table whose rows are found by <see cref="RowAddress"/>. On .NET a
/// UTF-8 literal chunk is the assembly's own bytes, read in place; on netstandard2.0 each is copied into
/// an array once, on first use (see the ReadOnlySpan polyfill). Packed chunks are arrays either way.
/// </summary>
internal sealed class ChunkedText
{
    private readonly ChunkSource _source;
#if NETSTANDARD2_0
    private readonly byte[]?[] _copies = new byte[]?[RowAddress.MaxChunks];
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
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public ReadOnlySpan<byte> Chunk(int chunk) => _source(chunk);
#endif

    /// <summary>The bytes from an address to the end of its chunk.</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public ReadOnlySpan<byte> From(int address) => Chunk(RowAddress.ChunkOf(address)).Slice(RowAddress.OffsetOf(address));

    /// <summary>The text of the row that starts at <paramref name="address"/> and ends before <paramref name="next"/> (the next row's address) or its chunk's end.</summary>
    public string Text(int address, int next)
    {
        var chunk = Chunk(RowAddress.ChunkOf(address));
        var start = RowAddress.OffsetOf(address);
        var end = RowAddress.ChunkOf(next) == RowAddress.ChunkOf(address) ? RowAddress.OffsetOf(next) : chunk.Length;
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
/// <c>i / rowsPerChunk</c>; its cells are in the shared <see cref="Cell"/> form.
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
        _stride = Cell.Stride(columns, width);
        _rowsPerChunk = rowsPerChunk;
    }

    public int Rows { get; }

    public int this[int row, int column]
    {
        [MethodImpl(DatasetBlob.DecodeOptions)]
        get
        {
            var chunk = _text.Chunk(row / _rowsPerChunk);
            return Cell.Read(chunk, (row % _rowsPerChunk * _stride) + (column * _width), _width);
        }
    }
}
