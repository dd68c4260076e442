using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using DiplomacyData.Generator.Tests.Infrastructure;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.SeedCompiler.Tables;
using DiplomacyData.TableFormat;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// Every rule of the shared table format (src/Common/TableFormat) read back after it is written: the
/// number forms at random, and the orders and dates through the real seeds and the library compiled from them.
/// </summary>
public sealed class TableFormatRoundTripTests
{
    private static readonly Lazy<DatasetModel> RealModel = new(() =>
        SeedPipeline.Run(SeedPipeline.Read(GeneratorHarness.RealSeedsDirectory)).Model ?? throw new InvalidOperationException("The real seeds do not link."));

    [Fact]
    public void Varints_read_back_in_sequence_and_stay_in_the_safe_byte_range()
    {
        Gen.Int[0, int.MaxValue].Array[1, 20].Sample(values =>
        {
            var text = new StringBuilder();
            foreach (var value in values)
            {
                Varint.Write(text, value);
            }

            var bytes = Encoding.ASCII.GetBytes(text.ToString());
            Assert.All(bytes, b => Assert.InRange(b, (byte)'0', (byte)'o'));
            var position = 0;
            foreach (var value in values)
            {
                Assert.Equal(value, Varint.Read(bytes, ref position));
            }

            Assert.Equal(bytes.Length, position);
        });
    }

    [Fact]
    public void A_varint_cut_short_or_holding_a_foreign_byte_reads_as_damaged()
    {
        Gen.Int[Varint.Base, int.MaxValue].Sample(value =>
        {
            var text = new StringBuilder();
            Varint.Write(text, value);
            var bytes = Encoding.ASCII.GetBytes(text.ToString());
            var position = 0;
            Assert.Equal(-1, Varint.Read(bytes.AsSpan(0, bytes.Length - 1), ref position));
            bytes[0] = (byte)'\n';
            position = 0;
            Assert.Equal(-1, Varint.Read(bytes, ref position));
        });
        Assert.Throws<InvalidOperationException>(() => Varint.Write(new StringBuilder(), -1));
    }

    [Fact]
    public void Small_numbers_take_one_byte()
    {
        for (var value = 0; value < Varint.Base; value++)
        {
            var text = new StringBuilder();
            Varint.Write(text, value);
            Assert.Equal(((char)('0' + value)).ToString(), text.ToString());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(Cell.Width)]
    [InlineData(Cell.AddressWidth)]
    public void Cells_of_every_width_read_back(int width)
    {
        var largest = width >= Cell.AddressWidth ? (1 << (Cell.BitsPerByte * Cell.AddressWidth)) - 1 : (1 << (Cell.BitsPerByte * width)) - 1;
        Gen.Select(Gen.Int[0, largest], Gen.Int[0, 3]).Sample((value, at) =>
        {
            var row = new char[at + width + 1];
            Cell.Write(row, at, value, width);
            var bytes = Encoding.ASCII.GetBytes(row, at, width);
            Assert.All(bytes, b => Assert.InRange(b, (byte)'0', (byte)'o'));
            Assert.Equal(value, Cell.Read(bytes, 0, width));
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(Cell.Width)]
    public void A_number_too_large_for_its_cell_is_refused(int width)
    {
        Assert.Throws<InvalidOperationException>(() => Cell.Write(new char[width], 0, 1 << (Cell.BitsPerByte * width), width));
        Assert.Throws<InvalidOperationException>(() => Cell.Write(new char[width], 0, -1, width));
    }

    [Fact]
    public void Row_addresses_keep_chunk_and_offset_and_fit_an_address_cell()
    {
        Assert.True(RowAddress.ChunkBytes <= 1 << RowAddress.ChunkBits, "a chunk's offsets must fit below the chunk bits");
        Gen.Select(Gen.Int[0, RowAddress.MaxChunks - 1], Gen.Int[0, RowAddress.ChunkBytes - 1]).Sample((chunk, offset) =>
        {
            var address = RowAddress.Of(chunk, offset);
            Assert.Equal(chunk, RowAddress.ChunkOf(address));
            Assert.Equal(offset, RowAddress.OffsetOf(address));

            var cell = new char[Cell.AddressWidth];
            Cell.Write(cell, 0, address, Cell.AddressWidth);
            Assert.Equal(address, Cell.Read(Encoding.ASCII.GetBytes(cell), 0, Cell.AddressWidth));
        });
    }

    [Fact]
    public void A_chunked_table_hands_out_addresses_that_find_its_rows()
    {
        Gen.String[Gen.Char["0123456789abc"], 0, 9000].Array[1, 60].Sample(rows =>
        {
            var table = new ChunkedTable("Test", "rows of a round trip");
            var addresses = rows.Select(table.Add).ToList();
            var chunks = Enumerable.Range(0, table.ChunkCount).Select(table.ChunkBytes).ToList();
            for (var i = 0; i < rows.Length; i++)
            {
                var chunk = chunks[RowAddress.ChunkOf(addresses[i])];
                Assert.True(chunk.Length <= RowAddress.ChunkBytes);
                var text = Encoding.ASCII.GetString(chunk, RowAddress.OffsetOf(addresses[i]), rows[i].Length + 1);
                Assert.Equal(rows[i] + "\n", text);
            }
        }, iter: 30);
    }

    [Fact]
    public void Reference_runs_read_back_in_order_across_rows_and_chunks()
    {
        const int FieldCount = 31;
        var posting = Gen.Select(Gen.Int[0, 300], Gen.Int[0, FieldCount - 1]);
        Gen.Select(posting.Array[0, 3000], Gen.Int[0, 1000]).Array[1, 40].Sample(runs =>
        {
            // Each run's gaps between referrers become ascending positions from its first referrer.
            var expected = runs.Select(run =>
            {
                var referrer = run.Item2;
                return run.Item1.Select(p => (Referrer: referrer += p.Item1, Field: p.Item2)).ToList();
            }).ToList();
            var (addresses, chunks) = WriteRuns(expected, FieldCount);
            for (var i = 0; i < expected.Count; i++)
            {
                ReferenceRun.Read(chunk => chunks[chunk], addresses[i], FieldCount, out var referrers, out var fields);
                Assert.Equal(expected[i], referrers.Zip(fields, (r, f) => (r, f)).ToList());
            }
        }, iter: 20);
    }

    [Fact]
    public void A_record_everything_refers_to_fills_many_chunks_none_of_them_too_large()
    {
        const int FieldCount = 31;
        var hub = Enumerable.Range(0, 100_000).Select(i => (Referrer: 5 + (i * 3), Field: i % FieldCount)).ToList();
        var (addresses, chunks) = WriteRuns(new List<List<(int Referrer, int Field)>> { new(), hub, new() { (7, 1) } }, FieldCount);

        Assert.True(chunks.Count > 2, "the run should cross chunks");
        Assert.All(chunks, chunk => Assert.True(chunk.Length <= RowAddress.ChunkBytes));
        Assert.True(chunks.Sum(chunk => chunk.Length) < hub.Count * 3, "a small gap and a field take two bytes");
        var read = addresses.Select(address =>
        {
            ReferenceRun.Read(chunk => chunks[chunk], address, FieldCount, out var referrers, out var fields);
            return referrers.Zip(fields, (r, f) => (r, f)).ToList();
        }).ToList();
        Assert.Empty(read[0]);
        Assert.Equal(hub, read[1]);
        Assert.Equal(new[] { (7, 1) }, read[2]);
    }

    [Fact]
    public void A_relation_run_of_positions_alone_reads_back_across_chunks_a_byte_per_small_gap()
    {
        // A relation key that 100,000 events list (a country they take place in): positions only, no fields.
        var hub = Enumerable.Range(0, 100_000).Select(i => 3 + (i * 2)).ToList();
        var (addresses, chunks) = WriteRows(new[] { ReferenceRun.Rows(new[] { 0 }), ReferenceRun.Rows(hub), ReferenceRun.Rows(new[] { 9, 10, 400 }) });

        Assert.True(chunks.Count > 1, "the run should cross chunks");
        Assert.All(chunks, chunk => Assert.True(chunk.Length <= RowAddress.ChunkBytes));
        Assert.True(chunks.Sum(chunk => chunk.Length) < hub.Count * 2, "a small gap takes one byte");
        Assert.Equal(new[] { 0 }, ReferenceRun.ReadPositions(chunk => chunks[chunk], addresses[0]));
        Assert.Equal(hub, ReferenceRun.ReadPositions(chunk => chunks[chunk], addresses[1]));
        Assert.Equal(new[] { 9, 10, 400 }, ReferenceRun.ReadPositions(chunk => chunks[chunk], addresses[2]));
        Assert.Throws<InvalidOperationException>(() => ReferenceRun.Rows(new[] { 5, 4 }));
    }

    [Fact]
    public void A_reference_run_out_of_referrer_order_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => ReferenceRun.Rows(new[] { (4, 0), (3, 0) }, 31));
        Assert.Throws<InvalidOperationException>(() => ReferenceRun.Rows(new[] { (4, 31) }, 31));
    }

    [Fact]
    public void A_fixed_table_places_row_i_where_the_reader_looks_for_it()
    {
        Gen.Int[0, (1 << (Cell.BitsPerByte * Cell.Width)) - 1].Array[3].Array[1, 9000].Sample(rows =>
        {
            var table = new FixedTable("Test", "rows of a round trip", 3);
            foreach (var row in rows)
            {
                table.Add(row);
            }

            var rowsPerChunk = Cell.RowsPerChunk(3, Cell.Width);
            var stride = Cell.Stride(3, Cell.Width);
            var chunks = Enumerable.Range(0, table.Chunks.ChunkCount).Select(table.Chunks.ChunkBytes).ToList();
            for (var i = 0; i < rows.Length; i++)
            {
                var chunk = chunks[i / rowsPerChunk];
                for (var column = 0; column < 3; column++)
                {
                    Assert.Equal(rows[i][column], Cell.Read(chunk, (i % rowsPerChunk * stride) + (column * Cell.Width), Cell.Width));
                }
            }
        }, iter: 20);
    }

    [Fact]
    public void Packed_dates_read_back_with_their_inferred_flag()
    {
        var dates = Gen.Int[1, 9999].SelectMany(year => Gen.Int[0, 12].SelectMany(month =>
            Gen.Int[0, month == 0 ? 0 : DateTime.DaysInMonth(year, month)].SelectMany(day => Gen.Bool.Select(inferred => (year, month, day, inferred)))));
        dates.Sample(date =>
        {
            var text = new StringBuilder();
            Varint.Write(text, DatePacking.Pack(date.year, date.month, date.day, date.inferred));
            var position = 0;
            var packed = Varint.Read(Encoding.ASCII.GetBytes(text.ToString()), ref position);
            Assert.True(DatePacking.TryUnpack(packed, out var year, out var month, out var day, out var inferred));
            Assert.Equal(date, (year, month, day, inferred));
        });
        Assert.False(DatePacking.TryUnpack(0, out _, out _, out _, out _));
    }

    [Fact]
    public void Every_date_of_the_real_seeds_reads_back_from_the_library_with_its_inferred_flag()
    {
        var model = RealModel.Value;
        var checkedDates = 0;
        foreach (var record in model.Records)
        {
            var kind = SeedSchema.Kinds[record.KindIndex];
            var compiled = Dataset.Current.Find(record.Id)!;
            for (var f = 0; f < kind.Fields.Count; f++)
            {
                if (kind.Fields[f].Type != FieldType.Date)
                {
                    continue;
                }

                var value = record.Values[f];
                var property = compiled.GetType().GetProperty(SeedNaming.ToPascal(kind.Fields[f].Name))!;
                var read = (PartialDate)property.GetValue(compiled)!;
                if (value.IsAbsent)
                {
                    Assert.False(read.IsKnown, $"{record.Id}.{kind.Fields[f].Name}");
                    continue;
                }

                if (value.Text is null)
                {
                    // A bounded date: its two bounds (absent or dates) read back, with its reasoning.
                    Assert.True(read.IsBounded && read.IsInferred, $"{record.Id}.{kind.Fields[f].Name}");
                    Assert.Equal(value.Items[2].IsAbsent ? "unknown" : value.Items[2].Text, read.NotBefore.ToString());
                    Assert.Equal(value.Items[3].IsAbsent ? "unknown" : value.Items[3].Text, read.NotAfter.ToString());
                    Assert.Equal(value.Items[0].Text, read.Inference!.Reason);
                    checkedDates++;
                    continue;
                }

                Assert.True(PartialDateText.TryParse(value.Text!, out var year, out var month, out var day, out _));
                Assert.Equal((year, month == 0 ? (int?)null : month, day == 0 ? (int?)null : day), (read.Year!.Value, read.Month, read.Day));
                Assert.Equal(value.Items.Count > 0, read.IsInferred);
                Assert.Equal(PartialDateBounds.DateOf(PartialDateBounds.EarliestDay(year, month, day)), read.Earliest);
                Assert.Equal(PartialDateBounds.DateOf(PartialDateBounds.LatestDay(year, month, day)), read.Latest);
                checkedDates++;
            }
        }

        Assert.True(checkedDates > 10, $"only {checkedDates} dates in the real seeds");
    }

    [Fact]
    public void A_partial_date_spans_from_the_first_to_the_last_real_day_of_its_period()
    {
        var dates = Gen.Int[1, 9998].SelectMany(year => Gen.Int[0, 12].SelectMany(month =>
            Gen.Int[0, month == 0 ? 0 : DateTime.DaysInMonth(year, month)].Select(day => (year, month, day))));
        dates.Sample((year, month, day) =>
        {
            var earliest = PartialDateBounds.DateOf(PartialDateBounds.EarliestDay(year, month, day));
            var latest = PartialDateBounds.DateOf(PartialDateBounds.LatestDay(year, month, day));
            Assert.Equal(new DateTime(year, Math.Max(month, 1), Math.Max(day, 1)), earliest);
            Assert.Equal(earliest, PartialDateBounds.DateOf(PartialDateBounds.DayOf(earliest)));

            // The day after the latest starts the next period: the next day, month or year.
            var next = latest.AddDays(1);
            if (day != 0)
            {
                Assert.Equal(earliest, latest);
            }
            else if (month != 0)
            {
                Assert.Equal((1, month % 12 + 1), (next.Day, next.Month));
                Assert.Equal(year, latest.Year);
            }
            else
            {
                Assert.Equal(new DateTime(year + 1, 1, 1), next);
            }
        });

        Assert.Equal(new DateTime(2024, 2, 29), PartialDateBounds.DateOf(PartialDateBounds.LatestDay(2024, 2, 0)));
        Assert.Equal(new DateTime(2023, 2, 28), PartialDateBounds.DateOf(PartialDateBounds.LatestDay(2023, 2, 0)));
        Assert.Equal(new DateTime(2023, 4, 30), PartialDateBounds.DateOf(PartialDateBounds.LatestDay(2023, 4, 0)));
    }

    [Fact]
    public void The_kind_order_is_the_schema_order_the_public_enum_and_the_compiled_library()
    {
        Assert.Equal(Enum.GetNames(typeof(KindCode)), SeedSchema.Kinds.Select(k => k.ClrType));
        Assert.Equal(Enum.GetNames(typeof(KindCode)), Enum.GetNames(typeof(RecordKind)));
        Assert.Equal(Enum.GetValues(typeof(KindCode)).Cast<object>().Select(Convert.ToInt32).ToArray(), Enum.GetValues(typeof(RecordKind)).Cast<object>().Select(Convert.ToInt32).ToArray());

        var model = RealModel.Value;
        foreach (var record in model.Records)
        {
            var compiled = Dataset.Current.Find(record.Id)!;
            Assert.Equal((RecordKind)record.KindIndex, compiled.Kind);
            Assert.Equal(((KindCode)record.KindIndex).ToString(), compiled.GetType().Name);
        }
    }

    [Fact]
    public void A_kind_refers_only_to_kinds_decoded_before_it()
    {
        for (var i = 0; i < SeedSchema.Kinds.Count; i++)
        {
            foreach (var target in RefTargets(SeedSchema.Kinds[i]))
            {
                Assert.True(SeedSchema.KindIndex(target) <= i, $"{SeedSchema.Kinds[i].ClrType} refers to {target}, which is decoded after it");
            }
        }
    }

    [Fact]
    public void Every_relation_the_compiler_plans_is_answered_by_the_library_method_of_its_name()
    {
        var model = RealModel.Value;
        var relations = new IndexPlanner(model).RelationLists();
        Assert.Equal(Enum.GetNames(typeof(Relation)).Length, relations.Count);
        var dataset = Dataset.Current;
        foreach (Relation relation in Enum.GetValues(typeof(Relation)))
        {
            var method = typeof(Dataset).GetMethod(relation.ToString())!;
            Assert.NotEmpty(relations[(int)relation]);
            foreach (var pair in relations[(int)relation])
            {
                var key = dataset.Find(model.Records[pair.Key].Id)!;
                var answer = (IEnumerable<Record>)method.Invoke(dataset, new object[] { key })!;
                Assert.Equal(pair.Value.Select(i => model.Records[i].Id), answer.Select(r => r.Id));
            }
        }
    }

    [Fact]
    public void Kebab_words_become_pascal_names_and_back()
    {
        var word = Gen.Select(Gen.Char['a', 'z'], Gen.String[Gen.Char["abcxyz0189"], 0, 8], (first, rest) => first + rest);
        word.Array[1, 5].Select(words => string.Join("-", words)).Sample(kebab =>
        {
            var pascal = SeedNaming.ToPascal(kebab);
            Assert.True(char.IsUpper(pascal[0]), pascal);
            Assert.DoesNotContain('-', pascal);
            Assert.Equal(kebab, SeedNaming.ToKebab(pascal));
        });
        Assert.Equal("DefencePolicyDialogue4", SeedNaming.ToPascal("defence-policy-dialogue-4"));
        Assert.Equal("Agree", SeedNaming.EnumMember("AGREE"));
        Assert.Equal("delegation-head", SeedNaming.ToKebab("DelegationHead"));
    }

    private static IEnumerable<string> RefTargets(ObjectDef definition) =>
        definition.Fields.SelectMany(field => field.Item is null ? field.RefKinds : field.RefKinds.Concat(RefTargets(field.Item)));

    /// <summary>Writes each run into a chunked table as the generator does; returns where each begins and the chunks' bytes.</summary>
    private static (List<int> Addresses, List<byte[]> Chunks) WriteRuns(IReadOnlyList<List<(int Referrer, int Field)>> runs, int fieldCount) =>
        WriteRows(runs.Select(run => ReferenceRun.Rows(run, fieldCount)));

    /// <summary>Writes each run's rows into a chunked table as the generator does; returns where each begins and the chunks' bytes.</summary>
    private static (List<int> Addresses, List<byte[]> Chunks) WriteRows(IEnumerable<List<string>> runs)
    {
        var table = new ChunkedTable("ReferencePostings", "runs of a round trip");
        var addresses = new List<int>();
        foreach (var rows in runs)
        {
            addresses.Add(table.Add(rows[0]));
            foreach (var row in rows.Skip(1))
            {
                table.Add(row);
            }
        }

        return (addresses, Enumerable.Range(0, table.ChunkCount).Select(table.ChunkBytes).ToList());
    }
}
