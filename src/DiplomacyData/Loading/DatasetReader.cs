using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DiplomacyData;

/// <summary>
/// Reads the byte table written by the generator's BlobWriter. The generated DatasetDecoder calls
/// these methods field by field in schema order; records are registered in reading order, so a
/// reference is an index into everything read so far.
/// </summary>
internal sealed class DatasetReader
{
    private readonly byte[] _bytes;
    private readonly string[] _strings;
    private readonly List<Record> _records = new();
    private int _position;

    public DatasetReader(byte[] bytes)
    {
        _bytes = bytes;
        var format = ReadUInt();
        if (format != DatasetDecoder.FormatVersion)
        {
            throw new InvalidOperationException($"The compiled dataset has format {format}, but this reader expects {DatasetDecoder.FormatVersion}.");
        }

        _strings = new string[ReadUInt()];
        for (var i = 0; i < _strings.Length; i++)
        {
            var length = ReadUInt();
            _strings[i] = Encoding.UTF8.GetString(_bytes, _position, length);
            _position += length;
        }
    }

    /// <summary>Every record in reading order; a reference is a position in this list.</summary>
    public IReadOnlyList<Record> Records => _records;

    public bool AtEnd => _position == _bytes.Length;

    public T[] ReadRecords<T>(Func<DatasetReader, T> read)
        where T : Record
    {
        var records = new T[ReadUInt()];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = read(this);
            _records.Add(records[i]);
        }

        return records;
    }

    public string ReadText() => _strings[ReadUInt()];

    public string? ReadOptionalText()
    {
        var index = ReadUInt();
        return index == 0 ? null : _strings[index - 1];
    }

    public string ReadRequiredText() => ReadOptionalText() ?? throw Corrupt("a required text is missing");

    public decimal ReadRequiredDecimal() => decimal.Parse(ReadRequiredText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public decimal? ReadOptionalDecimal() => ReadOptionalText() is { } text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    public int? ReadOptionalInt32()
    {
        var value = ReadUInt();
        return value == 0 ? null : value - 1;
    }

    public int ReadRequiredEnum() => ReadOptionalEnum() ?? throw Corrupt("a required value is missing");

    public int? ReadOptionalEnum() => ReadOptionalInt32();

    public T? ReadOptionalRef<T>()
        where T : Record
    {
        var index = ReadUInt();
        return index == 0 ? null : (T)_records[index - 1];
    }

    public T ReadRequiredRef<T>()
        where T : Record => ReadOptionalRef<T>() ?? throw Corrupt("a required reference is missing");

    public IReadOnlyList<T> ReadRefList<T>()
        where T : Record
    {
        var count = ReadUInt();
        if (count == 0)
        {
            return ReadOnlyArray<T>.Empty;
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)_records[ReadUInt()];
        }

        return new ReadOnlyArray<T>(items);
    }

    public IReadOnlyList<string> ReadTextList()
    {
        var count = ReadUInt();
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

    public IReadOnlyList<T> ReadList<T>(Func<DatasetReader, T> read)
    {
        var count = ReadUInt();
        if (count == 0)
        {
            return ReadOnlyArray<T>.Empty;
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read(this);
        }

        return new ReadOnlyArray<T>(items);
    }

    /// <summary>Mirrors BlobWriter.Date: 0, or ((year * 13 + month) * 32 + day) * 2 + inferred, then reason and basis.</summary>
    public PartialDate ReadDate()
    {
        var packed = ReadUInt();
        if (packed == 0)
        {
            return PartialDate.Unknown;
        }

        var inferred = (packed & 1) == 1;
        packed >>= 1;
        var day = packed % 32;
        var month = packed / 32 % 13;
        var year = packed / 32 / 13;
        var inference = inferred ? new DateInference(ReadRequiredText(), _records, ReadIndexes()) : null;
        return new PartialDate(year, month, day, inference);
    }

    private int[] ReadIndexes()
    {
        var indexes = new int[ReadUInt()];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = ReadUInt();
        }

        return indexes;
    }

    private int ReadUInt()
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            if (_position >= _bytes.Length)
            {
                throw Corrupt("the data ends too early");
            }

            b = _bytes[_position++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return value;
    }

    private InvalidOperationException Corrupt(string problem) =>
        new($"The compiled dataset is damaged at byte {_position.ToString(CultureInfo.InvariantCulture)}: {problem}.");
}
