using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// A table of rows, each ending in a line feed, emitted as a method that returns one chunk of it
/// as a UTF-8 literal (<c>static ReadOnlySpan&lt;byte&gt; Name(int chunk) =&gt; chunk switch { 0 =&gt; NameChunk0, ... }</c>,
/// each chunk a property <c>NameChunk0 =&gt; @"..."u8</c>).
/// UTF-8 literals are stored as raw bytes in the assembly (not in the 16 MiB user-string heap) and cost
/// nothing to load; chunks stay below 64 KiB (see <see cref="CellCodec.ChunkBytes"/>). Rows are
/// written verbatim, one per source line, so a reviewer can read the table.
/// A table given packed chunks (<see cref="TablePacking"/>) is written compressed instead, as string
/// literals the library inflates on first use; its rows and addresses are the same.
/// </summary>
internal sealed class ChunkedTable
{
    private const int ChunkLimit = CellCodec.ChunkBytes;

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

    /// <summary>Whether the table is written compressed (<see cref="UsePacked"/>) rather than as UTF-8 literals.</summary>
    public bool IsPacked => _packed is not null;

    /// <summary>Adds a row (without its line feed); returns its address: chunk &lt;&lt; 18 | byte offset in the chunk.</summary>
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

        if (_chunks.Count >= 1 << (6 * CellCodec.AddressWidth - CellCodec.ChunkBits))
        {
            throw new InvalidOperationException($"The table {Name} needs more than {_chunks.Count} chunks; the dataset is too large for this format.");
        }

        var address = ((_chunks.Count - 1) << CellCodec.ChunkBits) | _chunkBytes;
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
    private int CopyChunk(int chunk)
    {
        var builder = _chunks[chunk];
        if (_copy is null || _copy.Length < builder.Length)
        {
            _copy = new char[Math.Max(builder.Length, ChunkLimit)];
        }

        builder.CopyTo(0, _copy, 0, builder.Length);
        return builder.Length;
    }

    /// <summary>Writes the table packed: one <see cref="PackedChunk"/> per chunk, in order.</summary>
    public void UsePacked(IReadOnlyList<PackedChunk> chunks)
    {
        if (chunks.Count != _chunks.Count)
        {
            throw new InvalidOperationException($"{Name} has {_chunks.Count} chunks, not {chunks.Count}.");
        }

        _packed = chunks;
    }

    public void Emit(SourceWriter w)
    {
        if (_packed is not null)
        {
            EmitPacked(w, _packed);
            return;
        }

        WriteSummary(w);
        w.Line("/// </summary>");
        WriteChunkSwitch(w, $"internal static System.ReadOnlySpan<byte> {Name}(int chunk)", ChunkName);

        // One property per chunk, not every literal inside the switch: the compiler lowers a UTF-8 literal
        // into one bound node per byte before writing it out as data, and it holds a whole method's nodes
        // at once. In a single switch that was every chunk of the table (gigabytes at 100,000 events);
        // a property apiece keeps it to one chunk at a time.
        for (var i = 0; i < _chunks.Count; i++)
        {
            w.Line();
            w.Line($"/// <summary>Chunk {N(i)} of {Name}.</summary>");
            w.Line($"private static System.ReadOnlySpan<byte> {ChunkName(i)} =>");
            var length = CopyChunk(i);
            WriteLiteral(w, _copy!, length);
        }
    }

    private void EmitPacked(SourceWriter w, IReadOnlyList<PackedChunk> packed)
    {
        var chars = 0L;
        foreach (var chunk in packed)
        {
            chars += chunk.Text.Length;
        }

        WriteSummary(w);
        w.Line($"/// Kept compressed, {chars.ToString(CultureInfo.InvariantCulture)} characters in all, and inflated a chunk at a time on first use (see PackedTable).");
        w.Line("/// </summary>");
        w.Line($"internal static System.ReadOnlySpan<byte> {Name}(int chunk) => {Name}PackedTable.Chunk(chunk);");
        w.Line();
        w.Line($"/// <summary>The inflated length of each chunk of {Name}, in bytes.</summary>");
        w.Line($"private static readonly PackedTable {Name}PackedTable = new({Name}PackedChunk, new int[] {{ {string.Join(", ", packed.Select(p => N(p.Length)))} }});");
        w.Line();
        WriteChunkSwitch(w, $"private static string {Name}PackedChunk(int chunk)", i => PackedChunkName(i) + "()");

        // One method per chunk, never inlined: the runtime creates every string literal of a method when it
        // compiles the method, so literals inside the switch would materialise the whole table (megabytes)
        // on the first read of any chunk.
        for (var i = 0; i < packed.Count; i++)
        {
            w.Line();
            w.Line($"/// <summary>Chunk {N(i)} of {Name}, compressed with DEFLATE, 14 bits per character from U+4E00 (see PackedTable).</summary>");
            w.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");

            // The characters need no escaping (TablePacking): they are written as they are.
            w.Start($"private static string {PackedChunkName(i)}() => \"").Append(packed[i].Text).Append("\";\n");
        }
    }

    /// <summary>The start of the table's doc comment: what it holds and how it is cut; the caller closes it.</summary>
    private void WriteSummary(SourceWriter w)
    {
        w.Line("/// <summary>");
        w.Line("/// " + Summary);
        w.Line($"/// {N(Rows)} rows in {N(_chunks.Count)} chunks of at most {N(ChunkLimit / 1024)} KiB; each row ends in a line feed.");
    }

    /// <summary>A method that returns chunk <c>i</c> as <paramref name="chunkExpression"/>(i) gives it.</summary>
    private void WriteChunkSwitch(SourceWriter w, string signature, Func<int, string> chunkExpression)
    {
        w.Open($"{signature} => chunk switch");
        for (var i = 0; i < _chunks.Count; i++)
        {
            w.Line($"{N(i)} => {chunkExpression(i)},");
        }

        w.Line("_ => throw new System.ArgumentOutOfRangeException(nameof(chunk)),");
        w.Close(";");
    }

    private string ChunkName(int chunk) => Name + "Chunk" + N(chunk);

    private string PackedChunkName(int chunk) => Name + "Packed" + N(chunk);

    /// <summary>
    /// Rows become a verbatim literal, written as they are (a quote doubled); a row holding a character
    /// that should not stand raw in source (control characters, line separators, noncharacters) becomes an
    /// escaped literal of its own, joined with '+', which the compiler folds into one constant. Written
    /// straight into the file: at 100,000 events a table is tens of megabytes, and every intermediate
    /// string of it would be another copy alive at the generator's peak.
    /// </summary>
    private static void WriteLiteral(SourceWriter w, char[] content, int length)
    {
        var parts = 0;
        var inVerbatim = false;

        // Line by line: a text that holds a line feed of its own is split there too, which writes the same bytes.
        for (var start = 0; start < length;)
        {
            var end = Array.IndexOf(content, '\n', start, length - start);
            var row = new string(content, start, end - start);
            start = end + 1;
            if (IsSafeRaw(row))
            {
                if (!inVerbatim)
                {
                    StartPart("@\"");
                    inVerbatim = true;
                }

                w.Append(row.Replace("\"", "\"\"")).Append("\n");
                continue;
            }

            EndVerbatim();
            StartPart(CodeText.Literal(row + "\n") + "u8");
        }

        EndVerbatim();
        if (parts == 0)
        {
            w.Append("\"\"u8");
        }

        w.Append(";\n");

        void StartPart(string text)
        {
            if (parts++ > 0)
            {
                w.Append(" +\n");
            }

            w.Append(text);
        }

        void EndVerbatim()
        {
            if (inVerbatim)
            {
                w.Append("\"u8");
                inVerbatim = false;
            }
        }
    }

    private static bool IsSafeRaw(string row)
    {
        foreach (var c in row)
        {
            if (c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A table of fixed-width cells, one row per line, so that row <c>i</c> is found by arithmetic.</summary>
internal sealed class FixedTable
{
    private readonly ChunkedTable _rows;

    /// <summary>One row's cells, written in place and copied into the table.</summary>
    private readonly char[] _chars;

    public FixedTable(string name, string summary, int columns, int width = CellCodec.Width)
    {
        Columns = columns;
        Width = width;
        _chars = new char[columns * width];
        _rows = new ChunkedTable(name, summary);
    }

    public string Name => _rows.Name;

    /// <summary>The rows as a chunked table, for <see cref="TablePacking"/>.</summary>
    public ChunkedTable Chunks => _rows;

    public int Columns { get; }

    public int Width { get; }

    public int Rows => _rows.Rows;

    /// <summary>Rows per chunk: as many whole rows as fit in a chunk, so a row never straddles two chunks.</summary>
    public int RowsPerChunk => CellCodec.ChunkBytes / ((Columns * Width) + 1);

    /// <summary>Adds a row of a one-column table; most rows are (ids, postings, addresses), so without an array for each.</summary>
    public void Add(int cell)
    {
        if (Columns != 1)
        {
            throw new InvalidOperationException($"{_rows.Name} has {Columns} columns, not 1.");
        }

        CellCodec.Cell(_chars, 0, cell, Width);
        _rows.AddAscii(_chars, _chars.Length);
    }

    public void Add(params int[] cells)
    {
        if (cells.Length != Columns)
        {
            throw new InvalidOperationException($"{_rows.Name} has {Columns} columns, not {cells.Length}.");
        }

        for (var i = 0; i < cells.Length; i++)
        {
            CellCodec.Cell(_chars, i * Width, cells[i], Width);
        }

        // Every row has the same length, so ChunkedTable closes a chunk after exactly RowsPerChunk rows.
        _rows.AddAscii(_chars, _chars.Length);
    }

    public void Emit(SourceWriter w) => _rows.Emit(w);
}
