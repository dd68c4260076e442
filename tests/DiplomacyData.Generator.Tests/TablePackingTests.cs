using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text;
using CsCheck;
using DiplomacyData.SeedCompiler.Checking;
using DiplomacyData.SeedCompiler.Tables;
using DiplomacyData.SeedCompiler.Tables.Packing;
using DiplomacyData.Generator.Emitting;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// The packed data tables (TablePacking): the in-house DEFLATE encoder agrees with the platform's
/// inflater, the 15-bit packing is lossless, the budget decides which tables are packed, and a library
/// whose tables are all packed, none packed or a mix, built for .NET or as for netstandard2.0, reads back
/// the same data through every query.
/// </summary>
public sealed class TablePackingTests
{
    private static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (1, Gen.Byte.Array[0, 3000]),
        // Text-like input: a few words repeated, so that matches, long lengths and far distances all occur.
        (2, Gen.Int[0, 40].Array[0, 4000].Select(words => Encoding.UTF8.GetBytes(string.Join(" ", words.Select(w => "word" + w + (w % 7 == 0 ? "\n" : "")))))),
        (1, Gen.Byte[0, 2].Array[0, 70_000]));

    [Fact]
    public void Compressed_bytes_inflate_to_the_original_with_the_platform_inflater()
    {
        Bytes.Sample(data => Assert.Equal(data, Inflate(DeflateEncoder.Compress(data), data.Length)), iter: 300);
    }

    [Fact]
    public void Compression_is_a_function_of_the_input()
    {
        Bytes.Sample(data => Assert.Equal(DeflateEncoder.Compress(data), DeflateEncoder.Compress((byte[])data.Clone())), iter: 50);
    }

    [Fact]
    public void An_encoder_reused_across_inputs_gives_what_a_fresh_one_gives()
    {
        // TablePacking compresses every chunk with one encoder and its working arrays; nothing of an
        // earlier chunk (its hash chains, a longer token list, leftover output bits) may reach the next.
        Bytes.Array[1, 6].Sample(inputs =>
        {
            var encoder = new DeflateEncoder();
            foreach (var data in inputs)
            {
                var compressed = encoder.Encode(data);
                Assert.Equal(DeflateEncoder.Compress(data), compressed);
                Assert.Equal(data, Inflate(compressed, data.Length));
            }
        }, iter: 60);
    }

    [Fact]
    public void Repetitive_text_compresses_to_a_fraction()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"Event {i % 50} in Hà Nội on {i % 28 + 1} May\n")));
        Assert.True(DeflateEncoder.Compress(text).Length * 5 < text.Length, "Repetitive text should shrink at least fivefold");
    }

    [Fact]
    public void Packed_characters_are_fifteen_bits_each_and_letters()
    {
        Gen.Byte.Array[0, 500].Sample(data =>
        {
            var text = PackedChars.FromBytes(data);
            Assert.Equal(((data.Length * 8) + 14) / 15, text.Length);
            Assert.All(text, c => Assert.True(char.IsLetter(c) && PackedChars.IsPackedChar(c), $"U+{(int)c:X4}"));
            Assert.Equal(data, Unpack(text, data.Length));
        });
    }

    [Fact]
    public void Every_fifteen_bit_value_has_a_letter_of_its_own()
    {
        // Two bytes give a character's fifteen bits (and one bit of the next): every value 0 to 32,767 once.
        var seen = new HashSet<char>();
        for (var value = 0; value < 1 << 15; value++)
        {
            var c = PackedChars.FromBytes(new[] { (byte)value, (byte)(value >> 8) })[0];
            Assert.True(char.IsLetter(c) && !char.IsSurrogate(c), $"value {value}: U+{(int)c:X4}");
            Assert.True(seen.Add(c), $"value {value}: U+{(int)c:X4} twice");
            Assert.Equal(value, Value(c));
        }

        Assert.False(PackedChars.IsPackedChar('a'));
        Assert.False(PackedChars.IsPackedChar('\uC040'));
        var error = Assert.Throws<InvalidDataException>(() => new PackedChars.Reader("\u4E00a").Read(new byte[4], 0, 3));
        Assert.Contains("U+0061", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_packs_tables_in_order_and_skips_one_that_does_not_fit()
    {
        var small = Table("Small", 200);
        var large = Table("Large", 5000);
        var last = Table("Last", 200);
        var smallChars = PackedLength(small);

        TablePacking.Pack(new[] { small, large, last }, PackingPolicy.PackEverything with { BudgetChars = (2 * smallChars) + 10 });

        Assert.True(small.IsPacked);
        Assert.False(large.IsPacked);
        Assert.True(last.IsPacked);
    }

    [Fact]
    public void What_the_budget_has_left_packs_the_leading_chunks_of_a_skipped_table()
    {
        var small = Table("Small", 200);
        var large = Table("Large", 20000);
        Assert.True(large.ChunkCount >= 3, $"{large.ChunkCount} chunks: too few to split");
        var chunkChars = Enumerable.Range(0, large.ChunkCount).Select(i => PackedChars.FromBytes(DeflateEncoder.Compress(large.ChunkBytes(i))).Length).ToArray();

        // Room for the small table and the large one's first two chunks, not its third.
        TablePacking.Pack(new[] { large, small }, PackingPolicy.PackEverything with { BudgetChars = PackedLength(small) + chunkChars[0] + chunkChars[1] + (chunkChars[2] / 2) });

        Assert.True(small.IsWhollyPacked);
        Assert.True(large.IsPacked);
        Assert.False(large.IsWhollyPacked);
        Assert.Equal(2, large.Packed!.Count);
    }

    [Fact]
    public void A_table_under_the_minimum_size_stays_plain_whatever_the_budget()
    {
        var small = Table("Small", 200);
        var large = Table("Large", 5000);

        TablePacking.Pack(new[] { small, large }, PackingPolicy.PackEverything with { MinTableBytes = (int)small.Bytes + 1 });

        Assert.False(small.IsPacked);
        Assert.True(large.IsPacked);
    }

    [Fact]
    public void Nothing_is_packed_in_a_dataset_under_the_minimum_size()
    {
        var small = Table("Small", 200);
        var large = Table("Large", 5000);
        var policy = PackingPolicy.PackEverything with { MinDatasetBytes = small.Bytes + large.Bytes + 1 };

        TablePacking.Pack(new[] { small, large }, policy);
        Assert.False(small.IsPacked || large.IsPacked);

        TablePacking.Pack(new[] { small, large }, policy with { MinDatasetBytes = small.Bytes + large.Bytes });
        Assert.True(small.IsPacked && large.IsPacked);
    }

    [Fact]
    public void The_real_dataset_is_small_enough_to_stay_plain()
    {
        var outcome = SeedPipeline.Run(SeedPipeline.Read(GeneratorHarness.RealSeedsDirectory));
        Assert.DoesNotContain(outcome.Sources, s => s.Text.Contains("PackedTable ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The real seeds (one chunk per table) and 2,000 synthetic events (texts over several chunks); with
    /// the synthetic seeds also a table packed in part (<see cref="SplitStrings"/>).
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(2000)]
    public void Seeds_read_back_the_same_whether_tables_are_packed_plain_or_mixed(int syntheticEvents)
    {
        var outcome = SeedPipeline.Run(syntheticEvents == 0 ? SeedPipeline.Read(GeneratorHarness.RealSeedsDirectory) : Synthetic(syntheticEvents));
        Assert.False(outcome.HasErrors, string.Join("\n", outcome.Diagnostics.Take(3)));
        var allPacked = SeedGenerator.EmitSources(outcome.Model!, PackingPolicy.PackEverything);
        var total = PackedCharsIn(allPacked);

        var surveys = new Dictionary<string, List<string>>();
        var policies = new List<(string Name, PackingPolicy Policy)>
        {
            ("packed", PackingPolicy.PackEverything),
            ("mixed", PackingPolicy.PackEverything with { BudgetChars = total / 2 }),
            ("plain", PackingPolicy.PackEverything with { BudgetChars = 0 }),
        };
        if (syntheticEvents > 0)
        {
            policies.Add(("split", SplitStrings(allPacked)));
        }

        foreach (var (name, policy) in policies)
        {
            var sources = SeedGenerator.EmitSources(outcome.Model!, policy);
            var packedTables = sources.Sum(s => Count(s.Text, "PackedTable "));
            var plainTables = sources.Sum(s => Count(s.Text, "Chunk0 =>"));
            switch (name)
            {
                case "packed": Assert.Equal(0, plainTables); break;
                case "mixed": Assert.True(packedTables > 0 && plainTables > 0, $"{packedTables} packed and {plainTables} plain tables: not a mix"); break;
                case "plain": Assert.Equal(0, packedTables); break;
                case "split": Assert.Contains(sources, s => s.Text.Contains("the packing budget ran out there", StringComparison.Ordinal)); break;
            }

            var generated = sources.Append(("DatasetDecoder.g.cs", DecoderEmitter.Emit())).ToList();
            var trees = generated.Select(s => CSharpSyntaxTree.ParseText(s.Item2, GeneratorHarness.ParseOptions, s.Item1)).ToArray();
            surveys[name] = CompiledLibrary.Emit(GeneratorHarness.LibraryCompilation(trees)).Run(Survey);
            if (name is "packed" or "plain" or "split")
            {
                surveys[name + " netstandard2.0"] = CompiledLibrary.Emit(GeneratorHarness.NetStandardLibraryCompilation(generated)).Run(Survey);
            }
        }

        Assert.True(surveys["packed"].Count > 5000, $"Only {surveys["packed"].Count} lines surveyed");
        Assert.Equal(surveys["packed"], surveys["packed netstandard2.0"]);
        Assert.Equal(surveys["packed"], surveys["plain netstandard2.0"]);
        Assert.Equal(surveys["packed"], surveys["mixed"]);
        Assert.Equal(surveys["packed"], surveys["plain"]);
        if (syntheticEvents > 0)
        {
            Assert.Contains(allPacked, s => s.Text.Contains("StringsPacked1()", StringComparison.Ordinal));
            Assert.Equal(surveys["packed"], surveys["split"]);
            Assert.Equal(surveys["packed"], surveys["split netstandard2.0"]);
        }
    }

    /// <summary>
    /// Every value of every record through its public properties, then what each query answers for it:
    /// Find by id, FindByName by name, and each one-record query (EventsWith, EventsAt, OfficesOf, ReferencesTo...)
    /// that takes its type; between them they read every data table.
    /// </summary>
    private static List<string> Survey(Assembly library)
    {
        var datasetType = library.GetType("DiplomacyData.Dataset", throwOnError: true)!;
        var recordType = library.GetType("DiplomacyData.Record", throwOnError: true)!;
        var dataset = datasetType.GetProperty("Current")!.GetValue(null)!;
        var lines = new List<string>();
        Walk(datasetType.GetProperty("Info")!.GetValue(dataset), lines, recordType, top: true);
        var queries = datasetType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => !m.IsGenericMethod && m.GetParameters() is [var p] && recordType.IsAssignableFrom(p.ParameterType))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        var find = datasetType.GetMethods().Single(m => m.Name == "Find" && !m.IsGenericMethod);
        var findByName = datasetType.GetMethods().Single(m => m.Name == "FindByName" && !m.IsGenericMethodDefinition);
        foreach (var record in (IEnumerable)datasetType.GetProperty("All")!.GetValue(dataset)!)
        {
            Walk(record, lines, recordType, top: true);
            lines.Add("find: " + Id(find.Invoke(dataset, new[] { Id(record) })));
            if (record.GetType().GetProperty("Name")?.GetValue(record) is string name)
            {
                lines.Add("by name: " + Ids(findByName.Invoke(dataset, new object[] { name })));
            }

            foreach (var query in queries.Where(q => q.GetParameters()[0].ParameterType.IsInstanceOfType(record)))
            {
                lines.Add(query.Name + ": " + Ids(query.Invoke(dataset, new[] { record })));
            }
        }

        lines.Add("between: " + Ids(datasetType.GetMethod("EventsBetween")!.Invoke(dataset, new object[] { DateTime.MinValue, DateTime.MaxValue })));
        return lines;

        static string Id(object? record) => record is null ? "~" : (string)record.GetType().GetProperty("Id")!.GetValue(record)!;

        static string Ids(object? records) => string.Join(" ", ((IEnumerable)records!).Cast<object>().Select(Item));

        // A query answers records, or (ReferencesTo) references: each a referrer and the field it refers through.
        static string Item(object item) =>
            item.GetType().GetProperty("Referrer") is { } referrer ? Id(referrer.GetValue(item)) + ":" + item.GetType().GetProperty("Field")!.GetValue(item) : Id(item);
    }

    private static void Walk(object? value, List<string> lines, Type recordType, bool top = false)
    {
        switch (value)
        {
            case null:
                lines.Add("~");
                return;
            case string text:
                lines.Add(text);
                return;
            case IFormattable formattable:
                lines.Add(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, lines, recordType);
                }

                return;
        }

        if (!top && recordType.IsInstanceOfType(value))
        {
            lines.Add("@" + recordType.GetProperty("Id")!.GetValue(value));
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            lines.Add(property.Name);
            Walk(property.GetValue(value), lines, recordType);
        }
    }

    private static List<SeedInput> Synthetic(int events)
    {
        var seeds = Path.Combine(Path.GetTempPath(), "synthetic-seeds");
        return DiplomacyData.Synthetic.SyntheticDataset.Generate(events)
            .Select(file => new SeedInput(Path.Combine(seeds, file.RelativePath), file.RelativePath, file.Text))
            .ToList();
    }

    private static ChunkedTable Table(string name, int rows)
    {
        var table = new ChunkedTable(name, "test rows");
        for (var i = 0; i < rows; i++)
        {
            table.Add($"row {i * 7919 % 1000} of {name}");
        }

        return table;
    }

    /// <summary>
    /// A policy under which the Strings table packs its first chunk only: the budget is that chunk's
    /// characters, and only tables as large as Strings may be packed, so no smaller one takes the budget first.
    /// </summary>
    private static PackingPolicy SplitStrings(IReadOnlyList<(string Name, string Text)> allPacked)
    {
        var text = allPacked.Single(s => s.Name == "DatasetStrings.g.cs").Text;
        var lengths = text.Split("StringsPackedTable = new(StringsPackedChunk, new int[] { ")[1].Split(" }")[0];
        var bytes = lengths.Split(", ").Sum(length => int.Parse(length, CultureInfo.InvariantCulture));
        var firstChunk = text.Split("StringsPacked0() => \"")[1].Split('"')[0];
        return PackingPolicy.PackEverything with { BudgetChars = firstChunk.Length, MinTableBytes = bytes };
    }

    private static int PackedLength(ChunkedTable table) =>
        Enumerable.Range(0, table.ChunkCount).Sum(i => PackedChars.FromBytes(DeflateEncoder.Compress(table.ChunkBytes(i))).Length);

    /// <summary>The packed characters the emitted sources declare ("Kept compressed, N characters in all").</summary>
    private static int PackedCharsIn(IEnumerable<(string Name, string Text)> sources) =>
        sources.SelectMany(s => s.Text.Split('\n'))
            .Where(line => line.Contains("Kept compressed, ", StringComparison.Ordinal))
            .Sum(line => int.Parse(line.Split("Kept compressed, ")[1].Split(' ')[0], CultureInfo.InvariantCulture));

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static byte[] Inflate(byte[] compressed, int length)
    {
        using var inflater = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var output = new MemoryStream();
        inflater.CopyTo(output);
        Assert.Equal(length, output.Length);
        return output.ToArray();
    }

    /// <summary>
    /// The format spelled out independently of the library's PackedTable: 15 bits a character, least significant
    /// first, the values counted through U+4E00 to U+9FFF, then U+3400 to U+4DBF, then from U+AC00.
    /// </summary>
    private static byte[] Unpack(string text, int length)
    {
        var bits = new List<bool>();
        foreach (var c in text)
        {
            for (var i = 0; i < 15; i++)
            {
                bits.Add(((Value(c) >> i) & 1) == 1);
            }
        }

        return Enumerable.Range(0, length).Select(b => (byte)Enumerable.Range(0, 8).Sum(i => bits[(b * 8) + i] ? 1 << i : 0)).ToArray();
    }

    private static int Value(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' => c - 0x4E00,
        >= '\u3400' and <= '\u4DBF' => 0x5200 + (c - 0x3400),
        >= '\uAC00' and <= '\uC03F' => 0x5200 + 0x19C0 + (c - 0xAC00),
        _ => throw new ArgumentOutOfRangeException(nameof(c), $"U+{(int)c:X4} is not a packed character"),
    };
}
