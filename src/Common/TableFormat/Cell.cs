using System;
using System.Runtime.CompilerServices;

namespace DiplomacyData.TableFormat;

/// <summary>
/// The cells of the fixed-width tables, which are read at random: 6 bits per byte, most significant
/// first, each byte '0' + bits (0x30–0x6F, the same safe range as <see cref="Varint"/>). A row is its
/// cells followed by a line feed, so row <c>i</c> of a chunk starts at <c>i * (columns * width + 1)</c>.
/// </summary>
internal static class Cell
{
    public const int BitsPerByte = 6;

    /// <summary>The byte a cell's bits are added to.</summary>
    public const int Zero = 0x30;

    /// <summary>Cells of four bytes hold 0 to 16,777,215: every record, string or row number of a dataset.</summary>
    public const int Width = 4;

    /// <summary>Row addresses (<see cref="RowAddress"/>) are cells of five bytes: 30 bits.</summary>
    public const int AddressWidth = 5;

    /// <summary>Writes <paramref name="value"/> as a cell of <paramref name="width"/> bytes at <paramref name="at"/> in <paramref name="row"/>.</summary>
    public static void Write(char[] row, int at, int value, int width = Width)
    {
        if (value < 0 || (width < 5 && value >= 1 << (BitsPerByte * width)))
        {
            throw new InvalidOperationException($"{value} does not fit a table cell of {width} bytes; the dataset is too large for this format.");
        }

        for (var i = width - 1; i >= 0; i--)
        {
            row[at + i] = (char)(Zero + (value & ((1 << BitsPerByte) - 1)));
            value >>= BitsPerByte;
        }
    }

    /// <summary>Reads the cell of <paramref name="width"/> bytes at <paramref name="at"/> in <paramref name="bytes"/>.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static int Read(ReadOnlySpan<byte> bytes, int at, int width)
    {
        var value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << BitsPerByte) | (bytes[at + i] - Zero);
        }

        return value;
    }

    /// <summary>A row's length in bytes: its cells and its line feed.</summary>
    public static int Stride(int columns, int width) => (columns * width) + 1;

    /// <summary>As many whole rows as fit in a chunk, so a row never straddles two chunks.</summary>
    public static int RowsPerChunk(int columns, int width) => RowAddress.ChunkBytes / Stride(columns, width);
}
