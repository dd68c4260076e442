using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using CsCheck;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// The library's side of a packed table (PackedTable, PackedChars.Reader, PackedCharsStream), on chunks packed
/// here with the platform's deflater: the real seeds are too small to be packed, so the dataset never reads one.
/// The generator's tests (TablePackingTests) read packed tables of a whole compiled dataset.
/// </summary>
public sealed class PackedTableTests
{
    private static readonly Gen<byte[]> Chunk = Gen.Frequency(
        (1, Gen.Byte.Array[0, 2000]),
        (1, Gen.Int[0, 30].Array[0, 3000].Select(words => Encoding.UTF8.GetBytes(string.Join(" ", words.Select(w => "word" + w))))),
        (1, Gen.Byte[0, 3].Array[0, 70_000]));

    [Fact]
    public void The_reader_gives_back_the_packed_bytes_in_reads_of_any_size()
    {
        Gen.Select(Gen.Byte.Array[0, 600], Gen.Int[1, 40].Array[1, 30]).Sample((data, readSizes) =>
        {
            var text = PackedChars.FromBytes(data);
            var reader = new PackedChars.Reader(text);
            var read = new MemoryStream();
            var buffer = new byte[50];
            for (var i = 0; ; i++)
            {
                var offset = i % 7; // a read need not start at the buffer's start
                var count = reader.Read(buffer, offset, readSizes[i % readSizes.Length]);
                if (count == 0)
                {
                    break;
                }

                read.Write(buffer, offset, count);
            }

            // The last character's padding bits may make one byte more: a zero, which the inflater never reaches.
            var bytes = read.ToArray();
            Assert.Equal(text.Length * PackedChars.BitsPerChar / 8, bytes.Length);
            Assert.Equal(data, bytes.Take(data.Length));
            Assert.All(bytes.Skip(data.Length), b => Assert.Equal(0, b));
            Assert.Equal(0, reader.Read(buffer, 0, buffer.Length));
        });
    }

    [Fact]
    public void Every_chunk_inflates_to_the_bytes_it_was_packed_from()
    {
        Chunk.Array[1, 5].Sample(chunks =>
        {
            var table = Pack(chunks);
            for (var i = chunks.Length - 1; i >= 0; i--)
            {
                Assert.Equal(chunks[i], table.Chunk(i).ToArray());
            }
        }, iter: 40);
    }

    [Fact]
    public void Inflating_a_chunk_allocates_its_bytes_and_no_copy_of_the_compressed_ones()
    {
        // Bytes that do not compress: a copy of the compressed chunk would double what inflating allocates.
        var chunk = new byte[60_000];
        new Random(16).NextBytes(chunk);
        Pack(new[] { chunk }).Chunk(0); // the inflater's first use loads what every later one shares
        var table = Pack(new[] { chunk });

        var before = GC.GetAllocatedBytesForCurrentThread();
        table.Chunk(0);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < chunk.Length + (chunk.Length / 4), $"Inflating a {chunk.Length}-byte chunk allocated {allocated} bytes");
    }

    [Fact]
    public void A_chunk_shorter_than_its_recorded_length_is_an_error_that_names_it()
    {
        var chunks = new[] { Encoding.UTF8.GetBytes("first\n"), Encoding.UTF8.GetBytes("second\n") };
        var texts = chunks.Select(c => PackedChars.FromBytes(Deflate(c))).ToArray();
        var table = new PackedTable(i => texts[i], new[] { chunks[0].Length, chunks[1].Length + 1 });

        Assert.Equal(chunks[0], table.Chunk(0).ToArray());
        var error = Assert.Throws<InvalidDataException>(() => table.Chunk(1).ToArray());
        Assert.Equal("Chunk 1 of a packed table ends after 7 of its 8 bytes.", error.Message);
    }

    private static PackedTable Pack(byte[][] chunks)
    {
        var texts = chunks.Select(c => PackedChars.FromBytes(Deflate(c))).ToArray();
        return new PackedTable(i => texts[i], chunks.Select(c => c.Length).ToArray());
    }

    private static byte[] Deflate(byte[] data)
    {
        var compressed = new MemoryStream();
        using (var deflater = new DeflateStream(compressed, CompressionLevel.Optimal))
        {
            deflater.Write(data, 0, data.Length);
        }

        return compressed.ToArray();
    }
}
