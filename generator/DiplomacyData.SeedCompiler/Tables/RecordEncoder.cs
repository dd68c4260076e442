using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Tables;

/// <summary>
/// Encodes one record as a row of varints (see <see cref="Varint"/>): its parent's position + 1
/// (0 for none; the library materializes ancestors first with it), its id, for a kind with detail fields
/// the row address of its details row, then its main fields in schema order. The detail fields
/// (<see cref="FieldDef.IsDetail"/>) go to a details row of their own, in schema order.
/// <see cref="DecoderEmitter"/> writes the matching readers from the same schema. Texts become numbers in
/// the shared <see cref="StringTable"/>.
/// </summary>
internal sealed class RecordEncoder
{
    private readonly StringTable _strings;
    private readonly StringBuilder _row = new();

    public RecordEncoder(StringTable strings) => _strings = strings;

    /// <summary>The record's main row; <paramref name="details"/> is where its details row starts (ignored for a kind without one).</summary>
    public string Encode(LinkedRecord record, int parent, int details)
    {
        var kind = SeedSchema.Kinds[record.KindIndex];
        _row.Clear();
        Number(parent + 1);
        Number(_strings.Intern(record.Id));
        if (kind.DetailFields.Count > 0)
        {
            Number(details);
        }

        Fields(kind, record.Values, detail: false);
        return _row.ToString();
    }

    /// <summary>The record's details row, or null for a kind without detail fields.</summary>
    public string? EncodeDetails(LinkedRecord record)
    {
        var kind = SeedSchema.Kinds[record.KindIndex];
        if (kind.DetailFields.Count == 0)
        {
            return null;
        }

        _row.Clear();
        Fields(kind, record.Values, detail: true);
        return _row.ToString();
    }

    /// <summary>The record's main or detail fields, in schema order.</summary>
    private void Fields(KindDef kind, IReadOnlyList<LinkedValue> values, bool detail)
    {
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            if (kind.Fields[i].IsDetail == detail)
            {
                Value(kind.Fields[i], values[i]);
            }
        }
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
                Number(value.IsAbsent ? 0 : int.Parse(value.Text!, CultureInfo.InvariantCulture) + 1);
                break;
            case FieldType.Enum:
                Number(value.IsAbsent ? 0 : IndexOf(field.EnumValues, value.Text!) + 1);
                break;
            case FieldType.Ref:
                Number(value.IsAbsent ? 0 : value.RecordIndex + 1);
                break;
            case FieldType.Date:
                Date(value);
                break;
            case FieldType.StringList:
                Number(value.Items.Count);
                foreach (var item in value.Items)
                {
                    Number(_strings.Intern(item.Text!));
                }

                break;
            case FieldType.RefList:
                Number(value.Items.Count);
                foreach (var item in value.Items)
                {
                    Number(item.RecordIndex);
                }

                break;
            case FieldType.ObjectList:
                Number(value.Items.Count);
                foreach (var item in value.Items)
                {
                    Fields(field.Item!, item.Items);
                }

                break;
        }
    }

    /// <summary>
    /// 0 for no date; otherwise its <see cref="DatePacking"/> number, then reason and basis when inferred;
    /// or, for a bounded date, <see cref="DatePacking.Bounded"/>, each bound's number (0 for none), reason and basis.
    /// </summary>
    private void Date(LinkedValue value)
    {
        if (value.Kind == SeedValueKind.Date && value.Text is null && value.Items.Count == 4)
        {
            Number(DatePacking.Bounded);
            Number(BoundNumber(value.Items[2]));
            Number(BoundNumber(value.Items[3]));
            Reasoning(value);
            return;
        }

        if (value.IsAbsent || !PartialDateText.TryParse(value.Text!, out var year, out var month, out var day, out _))
        {
            Number(0);
            return;
        }

        var inferred = value.Items.Count > 0;
        Number(DatePacking.Pack(year, month, day, inferred));
        if (inferred)
        {
            Reasoning(value);
        }
    }

    private static int BoundNumber(LinkedValue bound) =>
        !bound.IsAbsent && PartialDateText.TryParse(bound.Text!, out var year, out var month, out var day, out _) ? DatePacking.Pack(year, month, day, inferred: false) : 0;

    /// <summary>An inferred or bounded date's reason and the positions of its basis sources.</summary>
    private void Reasoning(LinkedValue value)
    {
        OptionalString(value.Items[0].Text);
        var basis = value.Items[1];
        Number(basis.Items.Count);
        foreach (var source in basis.Items)
        {
            Number(source.RecordIndex);
        }
    }

    private void OptionalString(string? text) => Number(text is null ? 0 : _strings.Intern(text) + 1);

    private void Number(int value) => Varint.Write(_row, value);

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

/// <summary>Every distinct text of the dataset once, numbered in order of first use.</summary>
internal sealed class StringTable
{
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _index = new(System.StringComparer.Ordinal);

    public IReadOnlyList<string> Strings => _strings;

    public int Intern(string text)
    {
        if (_index.TryGetValue(text, out var index))
        {
            return index;
        }

        // A lone surrogate has no UTF-8 form; the runtime would read U+FFFD, so store exactly that. Only a
        // text with surrogates can change, and only a text not seen before is looked at: at 100,000 events
        // a round trip through UTF-8 for every use was two allocations each for millions of texts.
        var stored = HasSurrogates(text) ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) : text;
        if (!_index.TryGetValue(stored, out index))
        {
            index = _strings.Count;
            _strings.Add(stored);
            _index.Add(stored, index);
        }

        if (!string.Equals(stored, text, System.StringComparison.Ordinal))
        {
            _index.Add(text, index); // the text as written, so its next use is found at once
        }

        return index;
    }

    private static bool HasSurrogates(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
