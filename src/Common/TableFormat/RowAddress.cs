namespace DiplomacyData.TableFormat;

/// <summary>
/// Where a row of a chunked table starts: the chunk above <see cref="ChunkBits"/> bits and the byte
/// offset in the chunk below, kept in a cell of <see cref="Cell.AddressWidth"/> bytes.
/// </summary>
internal static class RowAddress
{
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

    /// <summary>How many chunks an address can name: the bits of an address cell above the offset.</summary>
    public const int MaxChunks = 1 << ((Cell.BitsPerByte * Cell.AddressWidth) - ChunkBits);

    private const int OffsetMask = (1 << ChunkBits) - 1;

    public static int Of(int chunk, int offset) => (chunk << ChunkBits) | offset;

    public static int ChunkOf(int address) => address >> ChunkBits;

    public static int OffsetOf(int address) => address & OffsetMask;
}
