using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace DiplomacyData;

/// <summary>
/// The records of the compiled dataset, each read from its row the first time anything touches it and
/// kept from then on, so that every path (lists, lookups, handles, references) hands out the same
/// object. Reading is thread-safe: two threads racing for one record both return the one published first.
/// </summary>
internal sealed class RecordStore
{
    // The decoded texts, in blocks made on first use: a query that reads a few thousand texts of a large
    // dataset (a scan's topic ids) should not pay for a slot per text up front (432,690 of them at 100,000 events).
    private const int StringBlockBits = 10;
    private const int StringBlockSize = 1 << StringBlockBits;

    private readonly Record?[] _records;
    private readonly string?[]?[] _strings;
    private readonly ChunkedText _rows = new(DatasetBlob.Records);
    private readonly ChunkedText _details = new(DatasetBlob.RecordDetails);
    private readonly ChunkedText _text = new(DatasetBlob.Strings);

    // The decoded items of each list field a kind reads from its rows (see RowItems), made on first use.
    private readonly object?[] _rowItems = new object?[DatasetDecoder.RowListFields];

    public RecordStore()
    {
        _records = new Record?[DatasetBlob.RecordStartsTable.Rows];
        _strings = new string?[]?[(DatasetBlob.StringStartsTable.Rows + StringBlockSize - 1) >> StringBlockBits];
        All = new RecordList<Record>(this, 0, _records.Length);
    }

    public int Count => _records.Length;

    /// <summary>Every record, in dataset order; what a <see cref="DateInference"/> resolves its basis against.</summary>
    public IReadOnlyList<Record> All { get; }

    public Record this[int position]
    {
        [MethodImpl(DatasetBlob.DecodeOptions)]
        get => Volatile.Read(ref _records[position]) ?? Materialize(position);
    }

    /// <summary>The kind's records: a contiguous run, since the generator orders records by kind.</summary>
    public (int Start, int Count) Range(RecordKind kind) =>
        (DatasetBlob.KindStarts[(int)kind], DatasetBlob.KindStarts[(int)kind + 1] - DatasetBlob.KindStarts[(int)kind]);

    /// <summary>A text of the string table, decoded once.</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public string String(int index)
    {
        var block = Volatile.Read(ref _strings[index >> StringBlockBits]) ?? NewStringBlock(index >> StringBlockBits);
        ref var slot = ref block[index & (StringBlockSize - 1)];
        var text = Volatile.Read(ref slot);
        if (text is null)
        {
            var start = DatasetBlob.StringStartsTable[index, 0];
            var next = index + 1 < DatasetBlob.StringStartsTable.Rows ? DatasetBlob.StringStartsTable[index + 1, 0] : -1;
            text = _text.Text(start, next);
            text = PublishOnce.Value(ref slot, text);
        }

        return text;
    }

    private string?[] NewStringBlock(int block) => PublishOnce.Value(ref _strings[block], new string?[StringBlockSize]);

    /// <summary>The store's decoded items of a row-read list field, by its number (the generated field readers number them).</summary>
    public RowItems<T> RowItems<T>(int field, RecordKind kind)
    {
        if (Volatile.Read(ref _rowItems[field]) is RowItems<T> items)
        {
            return items;
        }

        var (start, count) = Range(kind);
        return (RowItems<T>)PublishOnce.Value(ref _rowItems[field], new RowItems<T>(start, count));
    }

    /// <summary>A reader that stands <paramref name="offset"/> bytes into the record's row, for a field it left there.</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public RecordReader ReaderAt(int position, int offset) =>
        new(this, _rows.From(DatasetBlob.RecordStartsTable[position, 0]).Slice(offset));

    /// <summary>A reader <paramref name="offset"/> bytes into a details row, by the row's address (which the record's main row holds).</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public RecordReader DetailsAt(int address, int offset = 0) => new(this, _details.From(address).Slice(offset), address);

    /// <summary>A reader <paramref name="offset"/> bytes into one of the record's rows: its main row, or the details row at <paramref name="detailsRow"/> (see <see cref="RecordReader.DetailsRow"/>).</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public RecordReader RowOf(Record record, int detailsRow, int offset) =>
        detailsRow < 0 ? ReaderAt(record.Position, offset) : DetailsAt(detailsRow, offset);

    /// <summary>The record's id, read without materializing the record (for lookups that must first compare ids).</summary>
    public string IdOf(int position)
    {
        var reader = new RecordReader(this, _rows.From(DatasetBlob.RecordStartsTable[position, 0]));
        reader.ReadNumber(); // the parent prefix
        return reader.ReadText();
    }

    [MethodImpl(DatasetBlob.DecodeOptions)]
    private Record Materialize(int position)
    {
        // Ancestors first, top-down, so that reading a record never recurses along a chain of parents
        // (a sub-event of a sub-event of ...): each record's parent is already there when it is read.
        List<int>? pending = null;
        for (var parent = ParentOf(position); parent >= 0 && Volatile.Read(ref _records[parent]) is null; parent = ParentOf(parent))
        {
            (pending ??= new List<int>()).Add(parent);
        }

        for (var i = (pending?.Count ?? 0) - 1; i >= 0; i--)
        {
            Read(pending![i]);
        }

        return Read(position);
    }

    [MethodImpl(DatasetBlob.DecodeOptions)]
    private int ParentOf(int position)
    {
        var reader = new RecordReader(this, _rows.From(DatasetBlob.RecordStartsTable[position, 0]));
        return reader.ReadNumber() - 1;
    }

    [MethodImpl(DatasetBlob.DecodeOptions)]
    private Record Read(int position)
    {
        var reader = new RecordReader(this, _rows.From(DatasetBlob.RecordStartsTable[position, 0]));
        reader.ReadNumber(); // the parent prefix, used by Materialize
        var record = DatasetDecoder.Read((RecordKind)KindOf(position), ref reader);
        record.Position = position;
        record.Store = this; // before the message below reads the id, which an event keeps in its row
        if (!reader.AtRowEnd)
        {
            throw new InvalidOperationException($"The compiled dataset's row for record {record.Id} has bytes left over; the library and its data do not match.");
        }

        return PublishOnce.Value(ref _records[position], record);
    }

    [MethodImpl(DatasetBlob.DecodeOptions)]
    private static int KindOf(int position)
    {
        var kind = 0;
        while (DatasetBlob.KindStarts[kind + 1] <= position)
        {
            kind++;
        }

        return kind;
    }
}
