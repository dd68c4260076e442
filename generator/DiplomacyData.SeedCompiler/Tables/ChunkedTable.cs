using DiplomacyData.SeedCompiler.Tables.Packing;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Tables;

/// <summary>
/// A table of rows, each ending in a line feed, emitted as a method that returns one chunk of it
/// as a UTF-8 literal (<c>static ReadOnlySpan&lt;byte&gt; Name(int chunk) =&gt; chunk switch { 0 =&gt; NameChunk0, ... }</c>,
/// each chunk a property <c>NameChunk0 =&gt; @"..."u8</c>).
/// UTF-8 literals are stored as raw bytes in the assembly (not in the 16 MiB user-string heap) and cost
/// nothing to load; chunks stay below 64 KiB (see <see cref="RowAddress.ChunkBytes"/>). Rows are
/// written verbatim, one per source line, so a reviewer can read the table.
/// A table given packed chunks (<see cref="TablePacking"/>) is written compressed instead, as string
/// literals the library inflates on first use; its rows and addresses are the same. When the packing
/// budget runs out inside a table, only its leading chunks are packed and the rest stay UTF-8 literals.
/// </summary>
internal sealed class ChunkedTable
{
    private const int ChunkLimit = RowAddress.ChunkBytes;

    // Each chunk's rows as they will be read, every row followed by its line feed: one builder per chunk,
    // not a string per row (at 100,000 events the tables have three million rows).
    private readonly List<StringBuilder> _chunks = new() { new StringBuilder() };
    private int _chunkBytes;
    private IReadOnlyList<PackedChunk>? _packed;
    private char[]? _copy;

    public ChunkedTable(string name, string summary)
    {
        Name = name;
        Summary = summary;
    }

    public string Name { get; }

    public string Summary { get; }

    public int Rows { get; private set; }

    public int ChunkCount => _chunks.Count;

    /// <summary>The table's size in UTF-8, line feeds included.</summary>
    public long Bytes { get; private set; }

    /// <summary>Whether the table is written compressed (<see cref="UsePacked"/>) rather than as UTF-8 literals, at least its leading chunks.</summary>
    public bool IsPacked => _packed is not null;

    /// <summary>Whether every chunk is packed, not only the leading ones.</summary>
    public bool IsWhollyPacked => _packed is not null && _packed.Count == _chunks.Count;

    /// <summary>Adds a row (without its line feed); returns its <see cref="RowAddress"/>.</summary>
    public int Add(string row)
    {
        var address = StartRow(Encoding.UTF8.GetByteCount(row) + 1);
        _chunks[_chunks.Count - 1].Append(row).Append('\n');
        return address;
    }

    /// <summary>Adds a row of ASCII characters (one byte each), as <see cref="Add(string)"/> does.</summary>
    public int AddAscii(char[] row, int length)
    {
        var address = StartRow(length + 1);
        _chunks[_chunks.Count - 1].Append(row, 0, length).Append('\n');
        return address;
    }

    /// <summary>Makes room for a row of this many bytes (line feed included), in a new chunk when this one is full; returns the row's address.</summary>
    private int StartRow(int bytes)
    {
        if (_chunkBytes > 0 && _chunkBytes + bytes > ChunkLimit)
        {
            _chunks.Add(new StringBuilder());
            _chunkBytes = 0;
        }

        if (_chunks.Count >= RowAddress.MaxChunks)
        {
            throw new InvalidOperationException($"The table {Name} needs more than {_chunks.Count} chunks; the dataset is too large for this format.");
        }

        var address = RowAddress.Of(_chunks.Count - 1, _chunkBytes);
        _chunkBytes += bytes;
        Bytes += bytes;
        Rows++;
        return address;
    }

    /// <summary>A chunk's rows in UTF-8, each followed by its line feed: what the library reads.</summary>
    public byte[] ChunkBytes(int chunk)
    {
        var count = CopyChunk(chunk);
        return Encoding.UTF8.GetBytes(_copy!, 0, count);
    }

    /// <summary>
    /// Copies a chunk's characters into one buffer the table reuses, and returns how many there are. A
    /// chunk as a string (up to 128 KB) would land on the large object heap every time it is read, and
    /// at 100,000 events the tables have hundreds of chunks.
    /// </summary>
    public int CopyChunk(int chunk)
    {
        var builder = _chunks[chunk];
        if (_copy is null || _copy.Length < builder.Length)
        {
            _copy = new char[Math.Max(builder.Length, ChunkLimit)];
        }

        builder.CopyTo(0, _copy, 0, builder.Length);
        return builder.Length;
    }

    /// <summary>The chunk buffer <see cref="CopyChunk"/> last filled.</summary>
    public char[] CopiedChars => _copy ?? Array.Empty<char>();

    /// <summary>The packed chunks, from chunk 0, when <see cref="UsePacked"/> was given them; the chunks after them are UTF-8 literals.</summary>
    public IReadOnlyList<PackedChunk>? Packed => _packed;

    /// <summary>Writes the table's leading chunks packed: one <see cref="PackedChunk"/> per chunk, in order, from chunk 0.</summary>
    public void UsePacked(IReadOnlyList<PackedChunk> chunks)
    {
        if (chunks.Count == 0 || chunks.Count > _chunks.Count)
        {
            throw new InvalidOperationException($"{Name} has {_chunks.Count} chunks; {chunks.Count} packed ones do not fit it.");
        }

        _packed = chunks;
    }
}
