using System.Collections.Generic;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Data tables the compiler stores cheaply: each chunk compressed (<see cref="DeflateEncoder"/>) and
/// written as an ordinary string literal (<see cref="PackedChars"/>, which the library shares). The
/// library's <c>PackedTable</c> reverses it on a chunk's first use.
/// <para>
/// Why: the compiler lowers a UTF-8 literal to one bound node per byte, about 0.3 s of build per MB of
/// data, while an ordinary string literal goes into the user-string heap almost for free (8 MB of packed
/// data built as fast as an empty library). That heap holds at most 16 MiB, so packing stops at
/// the policy's budget and the tables past it stay UTF-8 literals (see <see cref="ChunkedTable"/>);
/// the order of <see cref="Pack(IReadOnlyList{ChunkedTable}, PackingPolicy)"/> decides which tables are packed first.
/// </para>
/// <para>
/// Packing trades start-up time for build time: the first read of a packed chunk costs about half a
/// millisecond, and the first of all about 3 ms more to start the inflater, where a UTF-8 literal is read
/// in place. So a dataset with under 8 MiB of tables (10,000 events have about 5) is not packed at all,
/// and in a larger one a table under 256 KiB stays a UTF-8 literal; both cost the compiler little, and a
/// reviewer can read them in the generated code. The real dataset's tables are tens of kilobytes.
/// </para>
/// </summary>
internal static class TablePacking
{
    /// <summary>
    /// When the tables together reach the policy's dataset size, packs each table of at least its table
    /// size, in the given order, while the packed characters fit its budget; a table that does not fit is
    /// skipped, not split.
    /// </summary>
    public static void Pack(IReadOnlyList<ChunkedTable> tables, PackingPolicy policy)
    {
        var total = 0L;
        foreach (var table in tables)
        {
            total += table.Bytes;
        }

        if (total < policy.MinDatasetBytes)
        {
            return;
        }

        var left = policy.BudgetChars;
        var encoder = new DeflateEncoder();
        foreach (var table in tables)
        {
            if (table.Bytes < policy.MinTableBytes)
            {
                continue;
            }

            var packed = new List<PackedChunk>(table.ChunkCount);
            var chars = 0;
            for (var i = 0; i < table.ChunkCount && chars <= left; i++)
            {
                var bytes = table.ChunkBytes(i);
                var text = PackedChars.FromBytes(encoder.Encode(bytes));
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
}

/// <summary>One chunk of a packed table: its characters, and how many bytes they inflate to.</summary>
internal sealed record PackedChunk(string Text, int Length);
