using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using DiplomacyData.TableFormat;

namespace DiplomacyData;

/// <summary>Reads one item of a list field, such as an <see cref="Evidence"/>, from a record row.</summary>
internal delegate T ItemReader<T>(ref RecordReader reader);

/// <summary>Steps over one item of a list field without building it, for a list decoded on first read.</summary>
internal delegate void ItemSkipper(ref RecordReader reader);

/// <summary>
/// Reads the fields of one record row written by the generator's RecordEncoder: numbers in the shared
/// <see cref="Varint"/> form, dates in the <see cref="DatePacking"/> form. The
/// generated DatasetDecoder calls these methods field by field in schema order; references go through
/// the <see cref="RecordStore"/>, which materializes the referenced record if it has not been read yet.
/// </summary>
internal ref struct RecordReader
{
    private readonly ReadOnlySpan<byte> _row;
    private readonly RecordStore _store;
    private int _position;

    /// <param name="store">The store the row belongs to.</param>
    /// <param name="row">The row's bytes, from where the reader starts.</param>
    /// <param name="detailsRow">For a details row, its row address (see <see cref="DetailsRow"/>); -1 for a main row.</param>
    public RecordReader(RecordStore store, ReadOnlySpan<byte> row, int detailsRow = -1)
    {
        _store = store;
        _row = row;
        _position = 0;
        DetailsRow = detailsRow;
    }

    /// <summary>The row address of the details row the reader reads, or -1 when it reads a record's main row: with <see cref="Offset"/>, where a list read later is found again.</summary>
    public int DetailsRow { get; }

    /// <summary>Where the reader stands in the row: the start of the next field, for a list read later (<see cref="RowList{T}"/>).</summary>
    public readonly int Offset => _position;

    /// <summary>True once every field is read: the row's line feed is next.</summary>
    public readonly bool AtRowEnd => _position < _row.Length && _row[_position] == (byte)'\n';

    [MethodImpl(DatasetBlob.DecodeOptions)]
    public int ReadNumber()
    {
        var value = Varint.Read(_row, ref _position);
        return value >= 0 ? value : throw Corrupt(_position >= _row.Length ? "the row ends too early" : "a byte that is not a digit");
    }

    public string ReadText() => _store.String(ReadNumber());

    public string? ReadOptionalText()
    {
        var index = ReadNumber();
        return index == 0 ? null : _store.String(index - 1);
    }

    public string ReadRequiredText() => ReadOptionalText() ?? throw Corrupt("a required text is missing");

    public decimal ReadRequiredDecimal() => decimal.Parse(ReadRequiredText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public decimal? ReadOptionalDecimal() => ReadOptionalText() is { } text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    public int? ReadOptionalInt32()
    {
        var value = ReadNumber();
        return value == 0 ? null : value - 1;
    }

    public int ReadRequiredEnum() => ReadOptionalEnum() ?? throw Corrupt("a required value is missing");

    public int? ReadOptionalEnum() => ReadOptionalInt32();

    [MethodImpl(DatasetBlob.DecodeOptions)]
    public T? ReadOptionalRef<T>()
        where T : Record
    {
        var index = ReadNumber();
        return index == 0 ? null : (T)_store[index - 1];
    }

    public T ReadRequiredRef<T>()
        where T : Record => ReadOptionalRef<T>() ?? throw Corrupt("a required reference is missing");

    [MethodImpl(DatasetBlob.DecodeOptions)]
    public IReadOnlyList<T> ReadRefList<T>()
        where T : Record
    {
        var count = ReadNumber();
        if (count == 0)
        {
            return ReadOnlyArray<T>.Empty;
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)_store[ReadNumber()];
        }

        return new ReadOnlyArray<T>(items);
    }

    public IReadOnlyList<string> ReadTextList()
    {
        var count = ReadNumber();
        if (count == 0)
        {
            return ReadOnlyArray<string>.Empty;
        }

        var items = new string[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = ReadText();
        }

        return new ReadOnlyArray<string>(items);
    }

    public IReadOnlyList<T> ReadList<T>(ItemReader<T> read)
    {
        var items = ReadItems(read);
        return items.Length == 0 ? ReadOnlyArray<T>.Empty : new ReadOnlyArray<T>(items);
    }

    /// <summary>A list field's items, its count first, as an array of exactly that length (for a list read whole, now or later).</summary>
    public T[] ReadItems<T>(ItemReader<T> read)
    {
        var count = ReadNumber();
        var items = count == 0 ? Array.Empty<T>() : new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(ref this);
        }

        return items;
    }

    /// <summary>Steps over a list field, for a field read from its row only when asked for.</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public void SkipList(ItemSkipper skip)
    {
        var count = ReadNumber();
        for (var i = 0; i < count; i++)
        {
            skip(ref this);
        }
    }

    /// <summary>Steps over a list of numbers (references or texts).</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public void SkipNumberList()
    {
        var count = ReadNumber();
        for (var i = 0; i < count; i++)
        {
            ReadNumber();
        }
    }

    /// <summary>
    /// A <see cref="DatePacking"/> number, then the reason and basis when the date is inferred; or, for
    /// <see cref="DatePacking.Bounded"/>, the two bounds, then the reason and basis.
    /// </summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public PartialDate ReadDate()
    {
        var packed = ReadNumber();
        if (packed == DatePacking.Bounded)
        {
            var notBefore = ReadNumber();
            var notAfter = ReadNumber();
            return new PartialDate(notBefore, notAfter, new DateInference(ReadRequiredText(), _store.All, ReadIndexes()));
        }

        if (!DatePacking.TryUnpack(packed, out var year, out var month, out var day, out var inferred))
        {
            return PartialDate.Unknown;
        }

        var inference = inferred ? new DateInference(ReadRequiredText(), _store.All, ReadIndexes()) : null;
        return new PartialDate(year, month, day, inference);
    }

    /// <summary>Steps over a date as <see cref="ReadDate"/> reads it, building nothing.</summary>
    [MethodImpl(DatasetBlob.DecodeOptions)]
    public void SkipDate()
    {
        var packed = ReadNumber();
        if (packed == DatePacking.Bounded)
        {
            ReadNumber();
            ReadNumber();
        }
        else if (!DatePacking.TryUnpack(packed, out _, out _, out _, out var inferred) || !inferred)
        {
            return;
        }

        ReadNumber(); // the reason
        SkipNumberList(); // the basis
    }

    private int[] ReadIndexes()
    {
        var indexes = new int[ReadNumber()];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = ReadNumber();
        }

        return indexes;
    }

    private readonly InvalidOperationException Corrupt(string problem) =>
        new($"The compiled dataset is damaged at byte {_position.ToString(CultureInfo.InvariantCulture)} of a record row: {problem}.");
}
