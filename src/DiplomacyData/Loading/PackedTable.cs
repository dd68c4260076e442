using System;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Threading;
using DiplomacyData.TableFormat;

namespace DiplomacyData;

/// <summary>Returns one chunk of a packed table: the string literal the generator wrote for it.</summary>
internal delegate string PackedChunkSource(int chunk);

/// <summary>
/// A generated table kept compressed in the assembly's string literals, so that the compiler stores it
/// as it is rather than lowering it byte by byte (see the generator's TablePacking). Each chunk is a
/// DEFLATE stream written as characters (see <see cref="PackedChars"/>); it is inflated on first use and kept, so
/// a query reads only the chunks it needs and every later read is plain array access.
/// </summary>
internal sealed class PackedTable
{
    private readonly PackedChunkSource _source;
    private readonly int[] _lengths;
    private readonly byte[]?[] _chunks;

    public PackedTable(PackedChunkSource source, int[] lengths)
    {
        _source = source;
        _lengths = lengths;
        _chunks = new byte[]?[lengths.Length];
    }

    [MethodImpl(DatasetBlob.DecodeOptions)]
    public ReadOnlySpan<byte> Chunk(int chunk)
    {
        var bytes = Volatile.Read(ref _chunks[chunk]) ?? Inflate(chunk);
        return new ReadOnlySpan<byte>(bytes, 0, bytes.Length);
    }

    /// <summary>Two threads may both inflate a chunk; the first to finish is kept, so every reader sees one array.</summary>
    private byte[] Inflate(int chunk)
    {
        var bytes = new byte[_lengths[chunk]];
        using (var inflater = new DeflateStream(new PackedCharsStream(_source(chunk)), CompressionMode.Decompress))
        {
            var read = 0;
            while (read < bytes.Length)
            {
                var count = inflater.Read(bytes, read, bytes.Length - read);
                if (count == 0)
                {
                    throw new InvalidDataException($"Chunk {chunk} of a packed table ends after {read} of its {bytes.Length} bytes.");
                }

                read += count;
            }
        }

        return PublishOnce.Value(ref _chunks[chunk], bytes);
    }
}
