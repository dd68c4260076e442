using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using DiplomacyData.Generator.Linking;
using DiplomacyData.Generator.Parsing;
using DiplomacyData.Generator.Schema;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Encodes the linked dataset as the compact byte table the library decodes at first use.
/// Layout: format version; string table (count, then UTF-8 length and bytes each); then for each
/// kind in <see cref="SeedSchema.Kinds"/> order, the record count and every record's fields in
/// schema order. <see cref="DecoderEmitter"/> writes the matching reader from the same schema.
/// </summary>
internal sealed class BlobWriter
{
    /// <summary>Bumped whenever the encoding below changes, so a mismatched reader fails loudly.</summary>
    public const int FormatVersion = 1;

    private readonly MemoryStream _records = new();
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _stringIndex = new(System.StringComparer.Ordinal);

    public static byte[] Write(DatasetModel model)
    {
        var writer = new BlobWriter();
        for (var kind = 0; kind < SeedSchema.Kinds.Count; kind++)
        {
            var definition = SeedSchema.Kinds[kind];
            var count = 0;
            foreach (var record in model.Records)
            {
                count += record.KindIndex == kind ? 1 : 0;
            }

            writer.UInt(writer._records, (uint)count);
            foreach (var record in model.Records)
            {
                if (record.KindIndex == kind)
                {
                    writer.String(record.Id);
                    writer.Fields(definition, record.Values);
                }
            }
        }

        var output = new MemoryStream();
        writer.UInt(output, FormatVersion);
        writer.UInt(output, (uint)writer._strings.Count);
        foreach (var text in writer._strings)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            writer.UInt(output, (uint)bytes.Length);
            output.Write(bytes, 0, bytes.Length);
        }

        writer._records.WriteTo(output);
        return output.ToArray();
    }

    private void Fields(ObjectDef definition, IReadOnlyList<LinkedValue> values)
    {
        for (var i = 0; i < definition.Fields.Count; i++)
        {
            Value(definition.Fields[i], values[i]);
        }
    }

    private void Value(FieldDef field, LinkedValue value)
    {
        switch (field.Type)
        {
            case FieldType.String:
            case FieldType.Text:
            case FieldType.Decimal:
                OptionalString(value.IsAbsent ? null : value.Text);
                break;
            case FieldType.Integer:
                UInt(_records, value.IsAbsent ? 0 : uint.Parse(value.Text!, CultureInfo.InvariantCulture) + 1);
                break;
            case FieldType.Enum:
                UInt(_records, value.IsAbsent ? 0 : (uint)IndexOf(field.EnumValues, value.Text!) + 1);
                break;
            case FieldType.Ref:
                UInt(_records, value.IsAbsent ? 0 : (uint)value.RecordIndex + 1);
                break;
            case FieldType.Date:
                Date(value);
                break;
            case FieldType.StringList:
                UInt(_records, (uint)value.Items.Count);
                foreach (var item in value.Items)
                {
                    String(item.Text!);
                }

                break;
            case FieldType.RefList:
                UInt(_records, (uint)value.Items.Count);
                foreach (var item in value.Items)
                {
                    UInt(_records, (uint)item.RecordIndex);
                }

                break;
            case FieldType.ObjectList:
                UInt(_records, (uint)value.Items.Count);
                foreach (var item in value.Items)
                {
                    Fields(field.Item!, item.Items);
                }

                break;
        }
    }

    /// <summary>0 for no date; otherwise ((year * 13 + month) * 32 + day) * 2 + inferred, then reason and basis when inferred.</summary>
    private void Date(LinkedValue value)
    {
        if (value.IsAbsent || !PartialDateText.TryParse(value.Text!, out var year, out var month, out var day, out _))
        {
            UInt(_records, 0);
            return;
        }

        var inferred = value.Items.Count > 0;
        UInt(_records, (uint)((((year * 13) + month) * 32 + day) * 2 + (inferred ? 1 : 0)));
        if (inferred)
        {
            OptionalString(value.Items[0].Text);
            var basis = value.Items[1];
            UInt(_records, (uint)basis.Items.Count);
            foreach (var source in basis.Items)
            {
                UInt(_records, (uint)source.RecordIndex);
            }
        }
    }

    private void String(string text) => UInt(_records, (uint)Intern(text));

    private void OptionalString(string? text) => UInt(_records, text is null ? 0 : (uint)Intern(text) + 1);

    private int Intern(string text)
    {
        if (!_stringIndex.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _strings.Add(text);
            _stringIndex.Add(text, index);
        }

        return index;
    }

    private void UInt(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
