using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// What a record's fields are: for every record kind, its fields in a fixed order, each a scalar, a
/// list of scalars or a list of groups, derived from the seed compiler's schema and the record types
/// (see <see cref="SchemaFieldDefinitions"/>), so no field is listed here. The CSV and JSON Lines exports, the
/// explorer's <c>show</c> command and its reverse references all read records through it, and so can
/// release snapshots and diffs between releases.
/// </summary>
/// <remarks>
/// Conventions, the same for every kind:
/// <list type="bullet">
/// <item>Fields come in schema order, after <c>id</c> and <c>kind</c> and before <c>note</c> and <c>evidence</c>.</item>
/// <item>A field's name is its record property's name in snake case (<c>plover</c> is read as <c>PloverCodes</c>, so <c>plover_codes</c>).</item>
/// <item>A reference to another record is its id (<see cref="FieldValueKind.Reference"/>).</item>
/// <item>Enum members are spelt as in the seed files (<c>delegation-head</c>).</item>
/// <item>A date <c>d</c> is four fields: <c>d</c> (ISO partial text such as <c>2023</c>, <c>2023-07</c> or
/// <c>2023-07-26</c>, null when unknown), <c>d_precision</c> (<c>day</c>, <c>month</c>, <c>year</c>, <c>unknown</c>),
/// <c>d_inference</c> (why it was inferred, null when a source states it) and <c>d_inference_basis</c> (the sources of the inference).</item>
/// <item>Properties computed from other fields (<see cref="Entity.HomeCountry"/>, <see cref="Event.Country"/>,
/// <see cref="Topic.Path"/>, <see cref="Event.CameoCodes"/>) have no schema field and are left out, so that a change is reported once.</item>
/// <item>Kinds whose schema has no evidence (sources, topics, series) have no <c>evidence</c> field; an
/// exclusion's quote and source are its own fields.</item>
/// </list>
/// Everything is culture-invariant and in a stable order, so the same data always gives the same fields.
/// </remarks>
public static class RecordFields
{
    private static readonly IReadOnlyList<FieldDefinition>[] Definitions = Build();

    /// <summary>Every record kind, in <see cref="RecordKind"/> order.</summary>
    public static IReadOnlyList<RecordKind> Kinds { get; } = Enum.GetValues<RecordKind>().OrderBy(kind => kind).ToArray();

    /// <summary>The fields every record of <paramref name="kind"/> has, in order.</summary>
    public static IReadOnlyList<FieldDefinition> DefinitionsOf(RecordKind kind) => Definitions[(int)kind];

    /// <summary>The record's fields, in the order of <see cref="DefinitionsOf"/>, empty ones included.</summary>
    public static IReadOnlyList<RecordField> Of(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return DefinitionsOf(record.Kind).Select(definition => new RecordField(definition.Name, definition.Read(record))).ToArray();
    }

    private static IReadOnlyList<FieldDefinition>[] Build() =>
        Enum.GetValues<RecordKind>().OrderBy(kind => kind)
            .Select(kind => SchemaFieldDefinitions.For(SchemaKinds.Of(kind)))
            .ToArray();
}
