using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Schema.Rules;

namespace DiplomacyData.SeedCompiler.Schema;

/// <summary>A record kind: the top-level key of a seed file that lists records of one type.</summary>
internal sealed class KindDef : ObjectDef
{
    public KindDef(string jsonKey, string description, string clrType, string? handleClass, string nameField, bool isFact, params FieldDef[] fields)
        : base(description, clrType, fields)
    {
        JsonKey = jsonKey;
        HandleClass = handleClass;
        NameField = nameField;
        IsFact = isFact;
        ParentField = fields.FirstOrDefault(field => field.IsParent);
        ParentFieldIndex = Array.FindIndex(fields, field => field.IsParent);
        MainFields = fields.Where(field => !field.IsDetail).ToArray();
        DetailFields = fields.Where(field => field.IsDetail).ToArray();
    }

    /// <summary>The top-level key in a seed file ("people").</summary>
    public string JsonKey { get; }

    /// <summary>The static class that holds one typed handle per record, or null when the kind has none.</summary>
    public string? HandleClass { get; }

    /// <summary>The field a person would read as the record's name in docs and messages.</summary>
    public string NameField { get; }

    /// <summary>Facts must carry evidence; descriptive records (entities, topics) may.</summary>
    public bool IsFact { get; }

    /// <summary>The field that puts the kind's records in a hierarchy, or null.</summary>
    public FieldDef? ParentField { get; }

    /// <summary>The position of <see cref="ParentField"/> among the fields (and a record's values), or -1.</summary>
    public int ParentFieldIndex { get; }

    /// <summary>The fields of the record's main row (in the Records table), in schema order.</summary>
    public IReadOnlyList<FieldDef> MainFields { get; }

    /// <summary>The fields of the record's details row (see <see cref="FieldDef.IsDetail"/>), in schema order; empty for most kinds, which then have no details row.</summary>
    public IReadOnlyList<FieldDef> DetailFields { get; }

    /// <summary>
    /// A kind read in bulk: its records keep nothing but their place in the dataset and read each field from their
    /// row when asked for (the generated <c>DatasetDecoder.{Kind}Fields</c>), and only such a kind may have
    /// <see cref="DetailFields"/>. At 100,000 events, building every event's fields, texts and lists up front cost
    /// more memory than a query's answer was worth. Its record class takes no constructor arguments and calls the
    /// field readers from its properties.
    /// </summary>
    public bool ReadsFromRow { get; init; }

    /// <summary>Rules between the record's fields, checked in this order once the record is parsed.</summary>
    public IReadOnlyList<RecordRule> Rules { get; init; } = Array.Empty<RecordRule>();
}
