using System.Collections.Generic;
using System.Text;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Data tables the compiler stores cheaply: each chunk compressed (<see cref="DeflateEncoder"/>) and
/// written as an ordinary string literal, 14 bits per character, the characters U+4E00 to U+8DFF (CJK
/// ideographs: every one assigned, printable, left-to-right, nothing to escape). The library's
/// <c>PackedTable</c> reverses it on a chunk's first use.
/// <para>
/// Why: the compiler lowers a UTF-8 literal to one bound node per byte, about 0.3 s of build per MB of
/// data, while an ordinary string literal goes into the user-string heap almost for free (8 MB of packed
/// data built as fast as an empty library). That heap holds at most 16 MiB, so packing stops at
/// <see cref="HeapBudgetChars"/> and the tables past it stay UTF-8 literals (see <see cref="ChunkedTable"/>);
/// the order of <see cref="PackWithinBudget"/> decides which tables are packed first.
/// </para>
/// </summary>
internal static class TablePacking
{
    public const char FirstChar = '\u4E00';
    public const int BitsPerChar = 14;

    /// <summary>
    /// Packed characters, over all tables, that the library may hold: 15.5 MiB of the user-string heap's
    /// 16 MiB (two bytes a character). The library's own strings take about 35 KB of the half MiB left;
    /// DiplomacyData.Tests' UserStringHeapTests keeps them well inside it.
    /// </summary>
    public const int HeapBudgetChars = 31 * 256 * 1024;

    /// <summary>Packs each table, in the given order, while the packed characters fit the budget; a table that does not fit is skipped, not split.</summary>
    public static void PackWithinBudget(IEnumerable<ChunkedTable> tables, int budgetChars = HeapBudgetChars)
    {
        var left = budgetChars;
        foreach (var table in tables)
        {
            var packed = new List<PackedChunk>(table.ChunkCount);
            var chars = 0;
            for (var i = 0; i < table.ChunkCount && chars <= left; i++)
            {
                var bytes = table.ChunkBytes(i);
                var text = Pack(DeflateEncoder.Compress(bytes));
                packed.Add(new PackedChunk(text, bytes.Length));
                chars += text.Length;
            }

            if (chars <= left)
            {
                table.UsePacked(packed);
                left -= chars;
            }
        }
    }

    /// <summary>Bytes as characters, 14 bits each, least significant bits first; the last character is padded with zero bits.</summary>
    public static string Pack(byte[] bytes)
    {
        var builder = new StringBuilder(((bytes.Length * 8) + BitsPerChar - 1) / BitsPerChar);
        var pending = 0;
        var pendingBits = 0;
        foreach (var b in bytes)
        {
            pending |= b << pendingBits;
            pendingBits += 8;
            if (pendingBits >= BitsPerChar)
            {
                builder.Append((char)(FirstChar + (pending & ((1 << BitsPerChar) - 1))));
                pending >>= BitsPerChar;
                pendingBits -= BitsPerChar;
            }
        }

        if (pendingBits > 0)
        {
            builder.Append((char)(FirstChar + pending));
        }

        return builder.ToString();
    }
}

/// <summary>One chunk of a packed table: its characters, and how many bytes they inflate to.</summary>
internal sealed record PackedChunk(string Text, int Length);
