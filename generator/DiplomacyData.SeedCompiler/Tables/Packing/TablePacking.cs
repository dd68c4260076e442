using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace DiplomacyData.SeedCompiler.Tables.Packing;

/// <summary>
/// Data tables the compiler stores cheaply: each chunk compressed (<see cref="DeflateEncoder"/>) and
/// written as an ordinary string literal (<see cref="PackedChars"/>, which the library shares). The
/// library's <c>PackedTable</c> reverses it on a chunk's first use.
/// <para>
/// Why: the compiler lowers a UTF-8 literal to one bound node per byte, about 0.3 s of build per MB of
/// data, while an ordinary string literal goes into the user-string heap almost for free (8 MB of packed
/// data built as fast as an empty library). That heap holds at most 16 MiB, so packing stops at
/// the policy's budget and the chunks past it stay UTF-8 literals (see <see cref="ChunkedTable"/>);
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
    /// size, in the given order, while the packed characters fit its budget; a table that does not fit
    /// whole is skipped, so that the tables after it may still fit. What the budget has left after that
    /// goes to the skipped tables, in the same order, a chunk at a time: each packs its leading chunks
    /// while they fit and keeps the rest as UTF-8 literals (at 100,000 events that packs about 40% of the
    /// 3.3 MB ReferencePostings table, whose UTF-8 literals were about a third of each compilation).
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
        var skipped = new List<(ChunkedTable Table, PackedChunk[] Packed)>();
        foreach (var table in tables)
        {
            if (table.Bytes < policy.MinTableBytes)
            {
                continue;
            }

            var packed = Compress(table);
            var chars = 0;
            foreach (var chunk in packed)
            {
                chars += chunk.Text.Length;
            }

            if (chars <= left)
            {
                table.UsePacked(packed);
                left -= chars;
            }
            else
            {
                skipped.Add((table, packed));
            }
        }

        foreach (var (table, packed) in skipped)
        {
            var count = 0;
            while (count < packed.Length && packed[count].Text.Length <= left)
            {
                left -= packed[count].Text.Length;
                count++;
            }

            if (count > 0)
            {
                table.UsePacked(new ArraySegment<PackedChunk>(packed, 0, count));
            }
        }
    }

    /// <summary>
    /// Every chunk of the table, compressed. The chunks are compressed on all the machine's cores: each is
    /// independent of the others, so the result is the same in any order, and at 100,000 events compression
    /// was a second of the generator's time on one.
    /// </summary>
    private static PackedChunk[] Compress(ChunkedTable table)
    {
        var chunks = new byte[table.ChunkCount][];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = table.ChunkBytes(i); // one at a time: the table copies each through one buffer
        }

        var packed = new PackedChunk[chunks.Length];
        Parallel.For(
            0,
            chunks.Length,
            () => new DeflateEncoder(),
            (i, _, encoder) =>
            {
                packed[i] = new PackedChunk(PackedChars.FromBytes(encoder.Encode(chunks[i])), chunks[i].Length);
                return encoder;
            },
            _ => { });
        return packed;
    }
}

/// <summary>One chunk of a packed table: its characters, and how many bytes they inflate to.</summary>
internal sealed record PackedChunk(string Text, int Length);
