using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.SeedCompiler.Tables;
using DiplomacyData.SeedCompiler.Tables.Packing;
using DiplomacyData.TableFormat;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Writes a <see cref="ChunkedTable"/> as C#: a method that returns one chunk of it as a UTF-8 literal
/// (<c>static ReadOnlySpan&lt;byte&gt; Name(int chunk) =&gt; chunk switch { 0 =&gt; NameChunk0, ... }</c>, each
/// chunk a property <c>NameChunk0 =&gt; @"..."u8</c>), or, for a packed table, as compressed string literals
/// the library inflates on first use. Rows are written verbatim, one per source line, so a reviewer can read them.
/// </summary>
internal static class TableEmitter
{
    public static void Emit(SourceWriter w, ChunkedTable table)
    {
        if (table.Packed is { } packed)
        {
            EmitPacked(w, table, packed);
            WriteChunkProperties(w, table, packed.Count);
            return;
        }

        WriteSummary(w, table);
        w.Line("/// </summary>");
        w.Line(DecodeOptimization.Attribute);
        WriteChunkSwitch(w, $"internal static partial System.ReadOnlySpan<byte> {table.Name}(int chunk) =>", 0, table.ChunkCount, i => ChunkName(table, i));
        WriteChunkProperties(w, table, 0);
    }

    /// <summary>
    /// One property per chunk from <paramref name="first"/>, not every literal inside the switch: the compiler
    /// lowers a UTF-8 literal into one bound node per byte before writing it out as data, and it holds a whole
    /// method's nodes at once. In a single switch that was every chunk of the table (gigabytes at 100,000
    /// events); a property apiece keeps it to one chunk at a time.
    /// </summary>
    private static void WriteChunkProperties(SourceWriter w, ChunkedTable table, int first)
    {
        for (var i = first; i < table.ChunkCount; i++)
        {
            w.Line();
            w.Line($"/// <summary>Chunk {N(i)} of {table.Name}.</summary>");
            w.Line($"private static System.ReadOnlySpan<byte> {ChunkName(table, i)} =>");
            var length = table.CopyChunk(i);
            WriteLiteral(w, table.CopiedChars, length);
        }
    }

    /// <summary>
    /// The table's accessor and its packed chunks. When the packing budget ran out inside the table, only
    /// its leading chunks are packed: the accessor sends the rest to their UTF-8 literals, which the caller
    /// writes after these.
    /// </summary>
    private static void EmitPacked(SourceWriter w, ChunkedTable table, IReadOnlyList<PackedChunk> packed)
    {
        var chars = 0L;
        foreach (var chunk in packed)
        {
            chars += chunk.Text.Length;
        }

        WriteSummary(w, table);
        if (table.IsWhollyPacked)
        {
            w.Line($"/// Kept compressed, {chars.ToString(CultureInfo.InvariantCulture)} characters in all, and inflated a chunk at a time on first use (see PackedTable).");
            w.Line("/// </summary>");
            w.Line(DecodeOptimization.Attribute);
            w.Line($"internal static partial System.ReadOnlySpan<byte> {table.Name}(int chunk) => {table.Name}PackedTable.Chunk(chunk);");
        }
        else
        {
            w.Line($"/// Chunks 0 to {N(packed.Count - 1)} kept compressed, {chars.ToString(CultureInfo.InvariantCulture)} characters in all, and inflated a chunk at a time on first use (see PackedTable);");
            w.Line($"/// the packing budget ran out there, so chunks {N(packed.Count)} to {N(table.ChunkCount - 1)} are UTF-8 literals.");
            w.Line("/// </summary>");
            w.Line(DecodeOptimization.Attribute);
            WriteChunkSwitch(
                w,
                $"internal static partial System.ReadOnlySpan<byte> {table.Name}(int chunk) => chunk < {N(packed.Count)} ? {table.Name}PackedTable.Chunk(chunk) :",
                packed.Count,
                table.ChunkCount,
                i => ChunkName(table, i));
        }

        w.Line();
        w.Line($"/// <summary>The inflated length of each packed chunk of {table.Name}, in bytes.</summary>");
        w.Line($"private static readonly PackedTable {table.Name}PackedTable = new({table.Name}PackedChunk, new int[] {{ {string.Join(", ", packed.Select(p => N(p.Length)))} }});");
        w.Line();
        WriteChunkSwitch(w, $"private static string {table.Name}PackedChunk(int chunk) =>", 0, packed.Count, i => PackedChunkName(table, i) + "()");

        // One method per chunk, never inlined: the runtime creates every string literal of a method when it
        // compiles the method, so literals inside the switch would materialise the whole table (megabytes)
        // on the first read of any chunk.
        for (var i = 0; i < packed.Count; i++)
        {
            w.Line();
            w.Line($"/// <summary>Chunk {N(i)} of {table.Name}, compressed with DEFLATE, 15 bits per character (see PackedTable and PackedChars).</summary>");
            w.Line("[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");

            // The characters need no escaping (TablePacking): they are written as they are.
            w.Start($"private static string {PackedChunkName(table, i)}() => \"").Append(packed[i].Text).Append("\";\n");
        }
    }

    /// <summary>The start of the table's doc comment: what it holds and how it is cut; the caller closes it.</summary>
    private static void WriteSummary(SourceWriter w, ChunkedTable table)
    {
        w.Line("/// <summary>");
        w.Line("/// " + table.Summary);
        w.Line($"/// {N(table.Rows)} rows in {N(table.ChunkCount)} chunks of at most {N(RowAddress.ChunkBytes / 1024)} KiB; each row ends in a line feed.");
    }

    /// <summary>
    /// A switch, after <paramref name="head"/> (a method's signature and its arrow, or more), that returns chunk
    /// <c>i</c> from <paramref name="first"/> up to <paramref name="end"/> as <paramref name="chunkExpression"/>(i) gives it.
    /// </summary>
    private static void WriteChunkSwitch(SourceWriter w, string head, int first, int end, Func<int, string> chunkExpression)
    {
        w.Open($"{head} chunk switch");
        for (var i = first; i < end; i++)
        {
            w.Line($"{N(i)} => {chunkExpression(i)},");
        }

        w.Line("_ => throw new System.ArgumentOutOfRangeException(nameof(chunk)),");
        w.Close(";");
    }

    private static string ChunkName(ChunkedTable table, int chunk) => table.Name + "Chunk" + N(chunk);

    private static string PackedChunkName(ChunkedTable table, int chunk) => table.Name + "Packed" + N(chunk);

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

