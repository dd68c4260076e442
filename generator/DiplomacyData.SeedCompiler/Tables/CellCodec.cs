using System;
using System.Text;

namespace DiplomacyData.SeedCompiler.Tables;

/// <summary>
/// How numbers are written into the data tables, which are ASCII text inside UTF-8 string literals
/// (bytes from 0x30 '0' to 0x6F 'o': no quote, no line break, nothing to escape). The library's
/// <c>TableText</c> reads both forms back.
/// <list type="bullet">
/// <item><description>Varints, for record rows: base-32 digits, least significant first; a digit that
/// more digits follow is 'P' + d (0x50–0x6F), the last digit is '0' + d (0x30–0x4F). 0–31 take one byte.</description></item>
/// <item><description>Cells, for fixed-width tables that are read at random: 6 bits per byte, most significant
/// first, each byte '0' + bits.</description></item>
/// </list>
/// </summary>
internal static class CellCodec
{
    /// <summary>Cells of four bytes hold 0 to 16,777,215: every record, string or row number of a dataset.</summary>
    public const int Width = 4;

    /// <summary>Row addresses hold the chunk above <see cref="ChunkBits"/> bits and the offset in the chunk below: five bytes.</summary>
    public const int AddressWidth = 5;

    /// <summary>Offsets within a chunk take 18 bits of a row address.</summary>
    public const int ChunkBits = 18;

    /// <summary>
    /// A chunk closes before it passes 64 KiB, and each chunk is a property or method of its own (see
    /// ChunkedTable). The compiler lowers a UTF-8 literal into one bound node per byte (roughly 80-90 bytes
    /// of its memory per byte of data) and holds a method's nodes until that method is written out, so what
    /// counts is the bytes per method: one 18 MB literal took the compiler 2.9 GB, and 256 KiB chunks all
    /// inside one switch method still held a whole table at once (4 GiB of the 100,000-event build); with
    /// a property per chunk only a chunk or two are alive. A packed chunk is inflated whole on first use,
    /// so smaller chunks mean less work for a lookup that needs a few rows: at 100,000 events, 64 KiB
    /// rather than 256 KiB took the first query from 54 to 48 ms (tests/DiplomacyData.Benchmarks/README.md).
    /// </summary>
    public const int ChunkBytes = 64 * 1024;

    public static void Varint(StringBuilder builder, int value)
    {
        if (value < 0)
        {
            throw new InvalidOperationException("A negative number cannot be encoded: " + value);
        }

        var rest = (uint)value;
        while (rest >= 32)
        {
            builder.Append((char)(0x50 + (rest & 31)));
            rest >>= 5;
        }

        builder.Append((char)(0x30 + rest));
    }

    /// <summary>Writes <paramref name="value"/> as a cell of <paramref name="width"/> bytes at <paramref name="at"/> in <paramref name="row"/>.</summary>
    public static void Cell(char[] row, int at, int value, int width = Width)
    {
        if (value < 0 || (width < 5 && value >= 1 << (6 * width)))
        {
            throw new InvalidOperationException($"{value} does not fit a table cell of {width} bytes; the dataset is too large for this format.");
        }

        for (var i = width - 1; i >= 0; i--)
        {
            row[at + i] = (char)(0x30 + (value & 63));
            value >>= 6;
        }
    }
}
