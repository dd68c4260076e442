using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// Turns each parsed record into its linked form: references resolved to record positions (DD0006,
/// DD0020), computed fields filled in, and every repeated text, date and reference shared as one value.
/// </summary>
internal sealed class ValueLinker
{
    /// <summary>A list with nothing in it, the same for every field: it holds no text and no position.</summary>
    private static readonly LinkedValue EmptyList = new(SeedValueKind.List, null, -1, EquatableArray<LinkedValue>.Empty);

    private static readonly FieldDef ReasonField = SeedSchema.ReasonedDate.Field("reason")!;
    private static readonly FieldDef BasisField = SeedSchema.ReasonedDate.Field("basis")!;

    private readonly LinkContext _context;
    private readonly Hierarchy _hierarchy;
    private readonly SourceQuotes _quotes;
    private readonly AliasSources _aliasSources;
    private readonly Dictionary<string, int> _indexById;
    private readonly Dictionary<string, LinkedValue> _scalars = new(StringComparer.Ordinal);

    /// <summary>Dates as written ("2023-07-14"), shared like <see cref="_scalars"/>: events fall on far fewer days than there are events.</summary>
    private readonly Dictionary<string, LinkedValue> _dates = new(StringComparer.Ordinal);
    private readonly LinkedValue?[] _references;

    /// <param name="ordered">Every record in dataset order: a reference is its target's position here.</param>
    public ValueLinker(LinkContext context, Hierarchy hierarchy, SourceQuotes quotes, AliasSources aliasSources, List<SeedRecord> ordered)
    {
        _context = context;
        _hierarchy = hierarchy;
        _quotes = quotes;
        _aliasSources = aliasSources;
        _indexById = new Dictionary<string, int>(ordered.Count, StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            _indexById[ordered[i].Id] = i;
        }

        _references = new LinkedValue?[ordered.Count];
    }

    public LinkedRecord LinkRecord(SeedRecord record, Dictionary<string, string> handleNames)
    {
        var definition = record.Definition;
        var values = new LinkedValue[definition.Fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var field = definition.Fields[i];
            values[i] = field switch
            {
                { IsComputed: true } => Computed(record, field),
                { IsParent: true } when _hierarchy.ParentDropped(record.Id) => LinkedValue.Absent, // the cycle was reported; the record stays, without the parent that loops
                _ => LinkValue(field, record.Values[i]),
            };
        }

        handleNames.TryGetValue(record.Id, out var handle);
        return new LinkedRecord(SeedSchema.KindIndex(record.Kind), record.Id, handle, record.DisplayName, new EquatableArray<LinkedValue>(values), EvidenceNotes(record));
    }

    private static EquatableArray<EvidenceNote> EvidenceNotes(SeedRecord record)
    {
        var evidence = record["evidence"].Items;
        var notes = new List<EvidenceNote>(evidence.Count);
        foreach (var item in evidence)
        {
            if (item.Items[0].Text is { } source && item.Items[1].Text is { } quote)
            {
                notes.Add(new EvidenceNote(source, quote));
            }
        }

        return notes.Count == 0 ? EquatableArray<EvidenceNote>.Empty : new EquatableArray<EvidenceNote>(notes.ToArray());
    }

    private LinkedValue Computed(SeedRecord record, FieldDef field) => field.Name switch
    {
        "contentHash" when _quotes.TryGetDocument(record.Id, out var document) => new LinkedValue(SeedValueKind.Scalar, document.ContentHash, -1, EquatableArray<LinkedValue>.Empty),
        "aliasSources" => AliasSourceList(record.Id),
        _ => LinkedValue.Absent,
    };

    /// <summary>The computed <c>aliasSources</c>: one object (alias, source) per source that uses an alias.</summary>
    private LinkedValue AliasSourceList(string recordId)
    {
        var uses = _aliasSources.Of(recordId);
        if (uses.Count == 0)
        {
            return EmptyList;
        }

        var items = uses.Select(use => new LinkedValue(SeedValueKind.Object, null, -1, new EquatableArray<LinkedValue>(new[] { Scalar(use.Alias), ReferenceTo(use.SourceId) }))).ToArray();
        return new LinkedValue(SeedValueKind.List, null, -1, new EquatableArray<LinkedValue>(items));
    }

    private LinkedValue LinkValue(FieldDef field, SeedValue value)
    {
        switch (value.Kind)
        {
            case SeedValueKind.Absent:
                return LinkedValue.Absent;
            case SeedValueKind.Scalar when field.Type == FieldType.Ref:
                return ResolveReference(field, value);
            case SeedValueKind.Scalar when field.ShippedWords > 0 && value.Text is not null:
                return Scalar(TextRules.OpeningWords(value.Text, field.ShippedWords));
            case SeedValueKind.Scalar:
                return Scalar(value.Text);
            case SeedValueKind.Date when value.IsInferredDate:
                var inference = new[] { LinkValue(ReasonField, value.Items[0]), LinkValue(BasisField, value.Items[1]) };
                return new LinkedValue(SeedValueKind.Date, value.Text, -1, new EquatableArray<LinkedValue>(inference));
            case SeedValueKind.Date when value.IsBoundedDate:
                // No date of its own: the reason, the basis, then each bound as a plain date (absent when not given).
                var bounds = new[] { LinkValue(ReasonField, value.Items[0]), LinkValue(BasisField, value.Items[1]), Bound(value.Items[2]), Bound(value.Items[3]) };
                return new LinkedValue(SeedValueKind.Date, null, -1, new EquatableArray<LinkedValue>(bounds));
            case SeedValueKind.Date:
                return Shared(_dates, SeedValueKind.Date, value.Text);
            case SeedValueKind.List:
                if (value.Items.Count == 0)
                {
                    return EmptyList;
                }

                var items = new LinkedValue[value.Items.Count];
                var count = 0;
                foreach (var item in value.Items)
                {
                    var linked = field.Type switch
                    {
                        FieldType.ObjectList => LinkObject(field.Item!, item),
                        FieldType.RefList => ResolveReference(field, item),
                        _ => Scalar(item.Text),
                    };
                    if (!linked.IsAbsent)
                    {
                        items[count++] = linked;
                    }
                }

                if (count < items.Length)
                {
                    Array.Resize(ref items, count);
                }

                return new LinkedValue(SeedValueKind.List, null, -1, new EquatableArray<LinkedValue>(items));
            default:
                return LinkedValue.Absent;
        }
    }

    private LinkedValue Bound(SeedValue bound) => bound.IsAbsent ? LinkedValue.Absent : Shared(_dates, SeedValueKind.Date, bound.Text);

    private LinkedValue LinkObject(ObjectDef definition, SeedValue value)
    {
        // Every field is linked even once one required field is missing, so each reports its own problems.
        var fields = new LinkedValue[definition.Fields.Count];
        var incomplete = false;
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = LinkValue(definition.Fields[i], value.Items[i]);
            incomplete |= definition.Fields[i].Required && fields[i].IsAbsent;
        }

        return incomplete ? LinkedValue.Absent : new LinkedValue(SeedValueKind.Object, null, -1, new EquatableArray<LinkedValue>(fields));
    }

    private LinkedValue ResolveReference(FieldDef field, SeedValue value)
    {
        var id = value.Text!;
        if (!_context.ById.TryGetValue(id, out var target))
        {
            var candidates = _context.ById.Values.Where(r => field.RefKinds.Contains(r.Kind)).Select(r => r.Id);
            var nearest = Nearest.Find(id, candidates);
            _context.Report(SeedDiagnostics.UnknownReference, value.Location!, id, KindsText(field), nearest is null ? "" : $"; did you mean '{nearest}'?");
            return LinkedValue.Absent;
        }

        if (!field.RefKinds.Contains(target.Kind))
        {
            _context.Report(SeedDiagnostics.WrongReferenceKind, value.Location!, id, target.Definition.Description, field.Name, KindsText(field));
            return LinkedValue.Absent;
        }

        return ReferenceTo(id);
    }

    /// <summary>The one linked value for a reference to a record that exists, shared by every reference to it.</summary>
    private LinkedValue ReferenceTo(string id)
    {
        var index = _indexById[id];
        return _references[index] ??= new LinkedValue(SeedValueKind.Scalar, id, index, EquatableArray<LinkedValue>.Empty);
    }

    /// <summary>
    /// The one linked value for a text. Enum words, codes and names repeat across the whole dataset
    /// (most of the 3.9 million values at 100,000 events share 350,000 texts), and the linked model is
    /// kept by the compiler for as long as it compiles, so each distinct value is made once.
    /// </summary>
    private LinkedValue Scalar(string? text) => Shared(_scalars, SeedValueKind.Scalar, text);

    private static LinkedValue Shared(Dictionary<string, LinkedValue> shared, SeedValueKind kind, string? text)
    {
        if (text is null)
        {
            return new LinkedValue(kind, null, -1, EquatableArray<LinkedValue>.Empty);
        }

        if (!shared.TryGetValue(text, out var value))
        {
            value = new LinkedValue(kind, text, -1, EquatableArray<LinkedValue>.Empty);
            shared.Add(text, value);
        }

        return value;
    }

    private static string KindsText(FieldDef field) =>
        string.Join(" or ", field.RefKinds.Select(k => SeedSchema.Kind(k)!.Description));
}
