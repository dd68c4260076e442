using System;
using System.Collections.Generic;
using System.Text;

namespace DiplomacyData.TableFormat;

/// <summary>
/// The references to one record, as the ReferencePostings table holds them: a run of <see cref="Varint"/>s,
/// first how many references there are, then one number per reference, <c>(referrer - previous referrer) *
/// fieldCount + field</c>. Referrers come in dataset order, so the differences are small and most references
/// take two bytes (fixed cells took nine: two cells of four and a line feed, 11 MB of source at 100,000
/// events). The first reference's difference is from 0. A run breaks into rows of at most
/// <see cref="PostingsPerRow"/> references, so that no row outgrows a chunk (a country that 100,000 events
/// take place in has a run of 200 KB); the next row starts after the line feed, or at the start of the next
/// chunk when the line feed ends one. The seed compiler writes with <c>Rows(postings, fieldCount)</c>,
/// the library reads with <see cref="Read"/>. The RelationPostings table holds runs of the same form with a
/// field count of 1 (the numbers are plain gaps between positions): see <see cref="Rows(IReadOnlyList{int})"/>
/// and <see cref="ReadPositions"/>.
/// </summary>
internal static class ReferenceRun
{
    /// <summary>At most this many references in a row: up to about 4 KB, a small part of a chunk.</summary>
    public const int PostingsPerRow = 1024;

    /// <summary>Whether reference <paramref name="index"/> of a run begins a new row (the reader steps over a line feed first).</summary>
    public static bool StartsRow(int index) => index > 0 && index % PostingsPerRow == 0;

    /// <summary>The rows of a run of ascending positions alone (a field count of 1), without their line feeds.</summary>
    public static List<string> Rows(IReadOnlyList<int> positions)
    {
        var postings = new (int, int)[positions.Count];
        for (var i = 0; i < postings.Length; i++)
        {
            postings[i] = (positions[i], 0);
        }

        return Rows(postings, 1);
    }

    /// <summary>The rows of one record's run, without their line feeds; a record nothing refers to has one row, "0".</summary>
    public static List<string> Rows(IReadOnlyList<(int Referrer, int Field)> postings, int fieldCount)
    {
        var rows = new List<string>();
        var row = new StringBuilder();
        Varint.Write(row, postings.Count);
        var previous = 0;
        for (var i = 0; i < postings.Count; i++)
        {
            if (StartsRow(i))
            {
                rows.Add(row.ToString());
                row.Clear();
            }

            var (referrer, field) = postings[i];
            if (referrer < previous || field < 0 || field >= fieldCount)
            {
                throw new InvalidOperationException($"Reference ({referrer}, {field}) is out of order after referrer {previous}, or names no field of {fieldCount}.");
            }

            Varint.Write(row, checked(((referrer - previous) * fieldCount) + field));
            previous = referrer;
        }

        rows.Add(row.ToString());
        return rows;
    }

    /// <summary>
    /// Reads the run that starts at row address <paramref name="address"/> of the table whose chunks
    /// <paramref name="chunks"/> returns: each reference's referrer position and field number, in order.
    /// </summary>
    public static void Read(RunChunk chunks, int address, int fieldCount, out int[] referrers, out int[] fields)
    {
        referrers = Decode(chunks, address, fieldCount, keepFields: true, out var kept);
        fields = kept!;
    }

    /// <summary>Reads a run of positions alone (written by <see cref="Rows(IReadOnlyList{int})"/>) that starts at row address <paramref name="address"/>.</summary>
    public static int[] ReadPositions(RunChunk chunks, int address) => Decode(chunks, address, 1, keepFields: false, out _);

    private static int[] Decode(RunChunk chunks, int address, int fieldCount, bool keepFields, out int[]? fields)
    {
        var chunk = RowAddress.ChunkOf(address);
        var bytes = chunks(chunk);
        var at = RowAddress.OffsetOf(address);
        var count = Varint.Read(bytes, ref at);
        if (count < 0)
        {
            throw new InvalidOperationException($"The reference run at chunk {chunk}, byte {at} is damaged.");
        }

        var referrers = new int[count];
        fields = keepFields ? new int[count] : null;
        var referrer = 0;
        for (var i = 0; i < count; i++)
        {
            if (StartsRow(i))
            {
                at++; // the line feed that ends the row
                if (at == bytes.Length)
                {
                    bytes = chunks(++chunk);
                    at = 0;
                }
            }

            var value = Varint.Read(bytes, ref at);
            if (value < 0)
            {
                throw new InvalidOperationException($"The reference run at chunk {chunk}, byte {at} is damaged.");
            }

            referrer += value / fieldCount;
            referrers[i] = referrer;
            if (fields is not null)
            {
                fields[i] = value % fieldCount;
            }
        }

        return referrers;
    }
}

/// <summary>One chunk of the table a <see cref="ReferenceRun"/> is read from.</summary>
internal delegate ReadOnlySpan<byte> RunChunk(int chunk);
