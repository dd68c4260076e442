using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Json;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Parsing;

/// <summary>
/// Checks one seed file against <see cref="SeedSchema"/>: shape, field names, types, enum words,
/// dates and characters. Everything that needs other files (ids, references, quotes) is the linker's.
/// </summary>
/// <remarks>
/// It reads the JSON in one pass, guided by the schema, straight into checked values: no JSON tree is
/// built first. At 100,000 events the tree was 1.2 GB of short-lived objects per build.
/// </remarks>
internal sealed class SeedFileParser
{
    /// <summary>
    /// The largest whole number a seed may hold (an ordinal: the 4th dialogue). A bound far above any real
    /// ordinal keeps the encoded value, stored plus one with zero for "absent", inside an int.
    /// </summary>
    private const int MaxWholeNumber = 1_000_000;

    private readonly List<SeedDiagnostic> _diagnostics = new();

    /// <summary>Lists are collected here and copied once, at their exact size; nested lists take the next one.</summary>
    private readonly Stack<List<SeedValue>> _spareLists = new();

    private SeedFileParser()
    {
    }

    public static SeedFile Parse(string filePath, string relativePath, string text) =>
        Parse(relativePath, SeedFileText.From(filePath, text));

    public static SeedFile Parse(string relativePath, SeedFileText text)
    {
        var parser = new SeedFileParser();
        var records = new List<SeedRecord>();
        var json = new SeedJsonReader(text);
        try
        {
            parser.ReadFile(ref json, records);
        }
        catch (MalformedJsonException ex)
        {
            records.Clear();
            parser._diagnostics.Clear();
            parser._diagnostics.Add(SeedDiagnostic.Create(SeedDiagnostics.MalformedJson, ex.Location, ex.Message));
        }

        // In the order they stand in the file, whatever order the checks found them in.
        var diagnostics = parser._diagnostics.OrderBy(d => d.Location?.Start ?? 0).ToEquatableArray();
        return new SeedFile(relativePath, text.Hash, new EquatableArray<SeedRecord>(records.ToArray()), diagnostics);
    }

    [MethodImpl(HotPath.Optimize)]
    private void ReadFile(ref SeedJsonReader json, List<SeedRecord> records)
    {
        if (!json.Read())
        {
            throw new MalformedJsonException(json.Lines.Locate(0, 0), "the file is empty; a seed file is a JSON object such as { \"people\": [] }");
        }

        var start = json.TokenStart;
        if (json.TokenType != JsonTokenType.StartObject)
        {
            var kindName = json.KindName;
            var span = json.SkipValue(start);
            json.ExpectEnd();
            Report(SeedDiagnostics.WrongType, span, "the seed file", "an object such as { \"people\": [ ... ] }", kindName);
            return;
        }

        var names = new PropertyNames();
        while (json.Read() && json.TokenType != JsonTokenType.EndObject)
        {
            var (name, nameSpan, valueStart) = ReadPropertyName(ref json);
            if (!names.Add(name))
            {
                Report(SeedDiagnostics.DuplicateProperty, nameSpan, name);
                json.SkipValue(valueStart);
                continue;
            }

            if (name == "$schema")
            {
                if (json.TokenType == JsonTokenType.String)
                {
                    json.GetText(); // unused, but a string that is not text (a lone surrogate) is malformed wherever it stands
                }

                json.SkipValue(valueStart);
                continue;
            }

            var kind = SeedSchema.Kind(name);
            if (kind is null)
            {
                var known = string.Join(", ", SeedSchema.Kinds.Select(k => k.JsonKey));
                Report(SeedDiagnostics.UnknownProperty, nameSpan, name, "a seed file", $"{Suggest(name, SeedSchema.Kinds.Select(k => k.JsonKey))}the record kinds are: {known}");
                json.SkipValue(valueStart);
                continue;
            }

            if (json.TokenType != JsonTokenType.StartArray)
            {
                var kindName = json.KindName;
                Report(SeedDiagnostics.WrongType, json.SkipValue(valueStart), name, "an array of records", kindName);
                continue;
            }

            while (json.Read() && json.TokenType != JsonTokenType.EndArray)
            {
                var record = ReadRecord(kind, ref json);
                if (record is not null)
                {
                    records.Add(record);
                }
            }
        }

        json.ExpectEnd();
    }

    [MethodImpl(HotPath.Optimize)]
    private SeedRecord? ReadRecord(KindDef kind, ref SeedJsonReader json)
    {
        var start = json.TokenStart;
        if (json.TokenType != JsonTokenType.StartObject)
        {
            var kindName = json.KindName;
            Report(SeedDiagnostics.WrongType, json.SkipValue(start), kind.JsonKey + " item", kind.Description + " (an object)", kindName);
            return null;
        }

        var id = new IdValue();
        var values = ReadFields(kind, ref json, start, ref id, out var span);
        if (!id.Given)
        {
            Report(SeedDiagnostics.MissingRequired, span, Capitalize(kind.Description), "id");
            return null;
        }

        if (id.Text is null)
        {
            Report(SeedDiagnostics.WrongType, id.Span, "id", "a string", id.KindName!);
            return null;
        }

        if (!TextRules.IsValidId(id.Text))
        {
            Report(SeedDiagnostics.InvalidId, id.Span, id.Text);
            return null;
        }

        return values is null ? null : new SeedRecord(kind.JsonKey, id.Text, span, id.Span, new EquatableArray<SeedValue>(values));
    }

    /// <summary>Reads the fields of an object that is not a record (a piece of evidence, an inferred or bounded date).</summary>
    private SeedValue[]? ReadFields(ObjectDef def, ref SeedJsonReader json, int start, out SeedSpan span)
    {
        var noId = new IdValue { NotAllowed = true };
        return ReadFields(def, ref json, start, ref noId, out span);
    }

    /// <summary>
    /// Reads an object's fields into schema order, the reader at its start and left at its end; null
    /// when a required field is missing or invalid. A record's object also holds its id, which goes to
    /// <paramref name="id"/>; any other object has no such field.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private SeedValue[]? ReadFields(ObjectDef def, ref SeedJsonReader json, int start, ref IdValue id, out SeedSpan span)
    {
        var fields = def.Fields;
        var values = new SeedValue[fields.Count];
        ulong given = 0, invalid = 0;
        SeedSpan[]? nullSpans = null;
        PropertyNames others = default;
        while (json.Read() && json.TokenType != JsonTokenType.EndObject)
        {
            var (name, nameSpan, valueStart) = ReadPropertyName(ref json);
            var index = def.IndexOfWritable(name);
            var isId = index < 0 && !id.NotAllowed && name == "id";
            var bit = index < 0 ? 0 : 1UL << index;
            var repeated = isId ? id.Given : index < 0 ? !others.Add(name) : (given & bit) != 0;
            if (repeated)
            {
                Report(SeedDiagnostics.DuplicateProperty, nameSpan, name);
                json.SkipValue(valueStart);
                continue;
            }

            if (isId)
            {
                id = ReadId(ref json, valueStart);
                continue;
            }

            if (index < 0)
            {
                Report(SeedDiagnostics.UnknownProperty, nameSpan, name, def.Description, $"{Suggest(name, def.WritableFieldNames)}its fields are: {(id.NotAllowed ? "" : "id, ")}{def.FieldNames}");
                json.SkipValue(valueStart);
                continue;
            }

            given |= bit;
            if (json.TokenType == JsonTokenType.Null)
            {
                (nullSpans ??= new SeedSpan[fields.Count])[index] = json.SpanFrom(valueStart);
                continue;
            }

            if (ReadValue(fields[index], ref json, valueStart) is { } value)
            {
                values[index] = value;
            }
            else
            {
                invalid |= bit;
            }
        }

        span = json.SpanFrom(start);
        var complete = true;
        for (var i = 0; i < fields.Count; i++)
        {
            var bit = 1UL << i;
            if (values[i] is not null)
            {
                continue;
            }

            values[i] = SeedValue.Absent; // not given, null, or invalid
            if (!fields[i].Required)
            {
                continue;
            }

            complete = false;
            if ((invalid & bit) == 0)
            {
                // Not given, or given as null: both are missing. An invalid value has been reported already.
                Report(SeedDiagnostics.MissingRequired, (given & bit) != 0 ? nullSpans![i] : span, Capitalize(def.Description), fields[i].Name);
            }
        }

        return complete ? values : null;
    }

    [MethodImpl(HotPath.Optimize)]
    private static (string Name, SeedSpan NameSpan, int ValueStart) ReadPropertyName(ref SeedJsonReader json)
    {
        var nameStart = json.TokenStart;
        var name = json.GetText();
        var nameSpan = json.SpanFrom(nameStart);
        json.MoveToValue();
        return (name, nameSpan, json.TokenStart);
    }

    [MethodImpl(HotPath.Optimize)]
    private static IdValue ReadId(ref SeedJsonReader json, int start)
    {
        if (json.TokenType == JsonTokenType.String)
        {
            var text = json.GetText();
            return new IdValue { Given = true, Text = text, Span = json.SpanFrom(start) };
        }

        var kindName = json.KindName;
        return new IdValue { Given = true, KindName = kindName, Span = json.SkipValue(start) };
    }

    [MethodImpl(HotPath.Optimize)]
    private SeedValue? ReadValue(FieldDef field, ref SeedJsonReader json, int start)
    {
        switch (field.Type)
        {
            case FieldType.String:
                return KeepingRule(field, ReadString(field, ref json, start));
            case FieldType.Text:
            case FieldType.Ref:
                return ReadString(field, ref json, start);
            case FieldType.Enum:
                return ReadEnum(field, ref json, start);
            case FieldType.Integer:
                return ReadNumber(field, ref json, start, integer: true);
            case FieldType.Decimal:
                return ReadNumber(field, ref json, start, integer: false);
            case FieldType.Date:
                return ReadDate(field, ref json, start);
            case FieldType.StringList:
            case FieldType.RefList:
            case FieldType.ObjectList:
                return ReadList(field, ref json, start);
            default:
                json.SkipValue(start);
                return null;
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private SeedValue? ReadString(FieldDef field, ref SeedJsonReader json, int start)
    {
        if (json.TokenType != JsonTokenType.String)
        {
            var kindName = json.KindName;
            Report(SeedDiagnostics.WrongType, json.SkipValue(start), field.Name, field.Type == FieldType.Ref ? "an id (a string)" : "a string", kindName);
            return null;
        }

        var text = json.GetText();
        var span = json.SpanFrom(start);
        if (TextRules.TryFindHiddenCharacter(text, out var hidden, out var hiddenName))
        {
            Report(SeedDiagnostics.InvisibleCharacter, span, hidden.ToString("X4", CultureInfo.InvariantCulture), hiddenName);
            return null;
        }

        if (field.Type != FieldType.Text && TextRules.HasLineBreak(text))
        {
            Report(SeedDiagnostics.WrongType, span, field.Name, "a single line of text", "text with a line break");
            return null;
        }

        if (field.Type != FieldType.Text && text.Trim().Length == 0)
        {
            Report(SeedDiagnostics.WrongType, span, field.Name, "a non-empty string", "an empty string");
            return null;
        }

        return SeedValue.Scalar(text, span);
    }

    [MethodImpl(HotPath.Optimize)]
    private SeedValue? ReadEnum(FieldDef field, ref SeedJsonReader json, int start)
    {
        var value = ReadString(field, ref json, start);
        if (value is null)
        {
            return null;
        }

        if (!field.EnumValues.Contains(value.Text))
        {
            Report(SeedDiagnostics.InvalidEnumValue, value.Span, value.Text!, field.Name, string.Join(", ", field.EnumValues));
            return null;
        }

        return value;
    }

    [MethodImpl(HotPath.Optimize)]
    private SeedValue? ReadNumber(FieldDef field, ref SeedJsonReader json, int start, bool integer)
    {
        if (json.TokenType != JsonTokenType.Number)
        {
            var kindName = json.KindName;
            Report(SeedDiagnostics.WrongType, json.SkipValue(start), field.Name, "a number", kindName);
            return null;
        }

        var text = json.GetNumberText();
        var span = json.SpanFrom(start);
        var ok = integer
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) && whole is > 0 and <= MaxWholeNumber
            : decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
        if (!ok)
        {
            Report(SeedDiagnostics.InvalidNumber, span, text, integer ? "a whole number from 1 to 1,000,000" : "a decimal number within ±79,228,162,514,264,337,593,543,950,335");
            return null;
        }

        return SeedValue.Scalar(text, span);
    }

    [MethodImpl(HotPath.Optimize)]
    private SeedValue? ReadDate(FieldDef field, ref SeedJsonReader json, int start)
    {
        if (json.TokenType == JsonTokenType.String)
        {
            var text = json.GetText();
            var span = json.SpanFrom(start);
            return CheckDate(text, span) ? new SeedValue(SeedValueKind.Date, text, EquatableArray<SeedValue>.Empty, span) : null;
        }

        if (json.TokenType != JsonTokenType.StartObject)
        {
            var kindName = json.KindName;
            Report(SeedDiagnostics.WrongType, json.SkipValue(start), field.Name, "a date such as \"2023-07\", or an object { \"inferred\": ... } or { \"earliest\": ..., \"latest\": ... } with \"reason\" and \"basis\"", kindName);
            return null;
        }

        var fields = ReadFields(SeedSchema.ReasonedDate, ref json, start, out var objectSpan);
        if (fields is null)
        {
            return null;
        }

        var (inferred, earliest, latest, reason, basis) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        var bounded = !earliest.IsAbsent || !latest.IsAbsent;
        if (!inferred.IsAbsent && bounded)
        {
            Report(SeedDiagnostics.DateContradiction, objectSpan, "A date is either 'inferred' or bounded by 'earliest' and 'latest', not both; keep the form the sources support");
            return null;
        }

        if (!bounded)
        {
            if (inferred.IsAbsent)
            {
                Report(SeedDiagnostics.MissingRequired, objectSpan, "A date object", "inferred' (or the bounds 'earliest' and 'latest");
                return null;
            }

            return CheckDate(inferred.Text!, inferred.Span)
                ? new SeedValue(SeedValueKind.Date, inferred.Text, new EquatableArray<SeedValue>(new[] { reason, basis }), objectSpan)
                : null;
        }

        if ((!earliest.IsAbsent && !CheckDate(earliest.Text!, earliest.Span)) || (!latest.IsAbsent && !CheckDate(latest.Text!, latest.Span)))
        {
            return null;
        }

        if (!earliest.IsAbsent && !latest.IsAbsent && PartialDateText.EndsBeforeStart(earliest.Text!, latest.Text!))
        {
            Report(SeedDiagnostics.DateContradiction, latest.Span, $"'latest' {latest.Text} is before 'earliest' {earliest.Text}; swap them or correct one");
            return null;
        }

        return new SeedValue(SeedValueKind.Date, null, new EquatableArray<SeedValue>(new[] { reason, basis, earliest, latest }), objectSpan);
    }

    [MethodImpl(HotPath.Optimize)]
    private bool CheckDate(string text, SeedSpan span)
    {
        if (PartialDateText.TryParse(text, out _, out _, out _, out var problem))
        {
            return true;
        }

        Report(SeedDiagnostics.InvalidDate, span, text, problem);
        return false;
    }

    [MethodImpl(HotPath.Optimize)]
    private SeedValue? ReadList(FieldDef field, ref SeedJsonReader json, int start)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            var kindName = json.KindName;
            Report(SeedDiagnostics.WrongType, json.SkipValue(start), field.Name, "an array", kindName);
            return null;
        }

        var items = _spareLists.Count > 0 ? _spareLists.Pop() : new List<SeedValue>();
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            var value = ReadListItem(field, ref json, json.TokenStart);
            if (value is not null)
            {
                items.Add(value);
            }
        }

        var list = new SeedValue(SeedValueKind.List, null, new EquatableArray<SeedValue>(items.ToArray()), json.SpanFrom(start));
        items.Clear();
        _spareLists.Push(items);
        return list;
    }

    [MethodImpl(HotPath.Optimize)]
    private SeedValue? ReadListItem(FieldDef field, ref SeedJsonReader json, int start)
    {
        if (field.Type != FieldType.ObjectList)
        {
            return KeepingRule(field, ReadString(field, ref json, start));
        }

        if (json.TokenType != JsonTokenType.StartObject)
        {
            var kindName = json.KindName;
            Report(SeedDiagnostics.WrongType, json.SkipValue(start), field.Name + " item", field.Item!.Description + " (an object)", kindName);
            return null;
        }

        var fields = ReadFields(field.Item!, ref json, start, out var span);
        return fields is null ? null : new SeedValue(SeedValueKind.Object, null, new EquatableArray<SeedValue>(fields), span);
    }

    /// <summary>The value when it keeps its field's <see cref="FieldDef.ValueRule"/> (or the field has none); null after DD0015 otherwise.</summary>
    private SeedValue? KeepingRule(FieldDef field, SeedValue? value)
    {
        if (value is not null && field.ValueRule is { } rule && !rule.Allows(value.Text!))
        {
            Report(SeedDiagnostics.InvalidEnumValue, value.Span, value.Text!, field.Name, rule.Expected);
            return null;
        }

        return value;
    }

    private static string Suggest(string name, IEnumerable<string> candidates)
    {
        var nearest = Nearest.Find(name, candidates);
        return nearest is null ? "" : $"did you mean '{nearest}'? ";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private void Report(SeedDiagnosticDescriptor descriptor, SeedSpan span, params string[] args) =>
        _diagnostics.Add(SeedDiagnostic.Create(descriptor, span.ToLocationInfo(), args));

    /// <summary>A record's id as its object gave it: a string, or the wrong kind of value.</summary>
    private struct IdValue
    {
        /// <summary>Set for an object that is not a record: "id" is then an unknown property like any other.</summary>
        public bool NotAllowed;
        public bool Given;
        public string? Text;
        public string? KindName;
        public SeedSpan Span;
    }

    /// <summary>
    /// The names an object has used that are not its schema fields (those are tracked by position). A scan
    /// while there are few, as seed objects have a handful at most, then a set, so that an object with a
    /// huge number of properties stays linear.
    /// </summary>
    private struct PropertyNames
    {
        private const int ScanLimit = 16;
        private List<string>? _list;
        private HashSet<string>? _set;

        /// <summary>Adds the name; false when the object has used it already.</summary>
        public bool Add(string name)
        {
            if (_set is not null)
            {
                return _set.Add(name);
            }

            _list ??= new List<string>();
            foreach (var seen in _list)
            {
                if (string.Equals(seen, name, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            _list.Add(name);
            if (_list.Count > ScanLimit)
            {
                _set = new HashSet<string>(_list, StringComparer.Ordinal);
            }

            return true;
        }
    }
}
