using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.SeedCompiler.Parsing;

/// <summary>
/// One record read from a seed file, its values checked against the schema and kept in field order.
/// It keeps where the record and its id stand as spans; the line and column are worked out only for a diagnostic.
/// </summary>
internal sealed record SeedRecord(string Kind, string Id, SeedSpan Span, SeedSpan IdSpan, EquatableArray<SeedValue> Values)
{
    public KindDef Definition => SeedSchema.Kind(Kind)!;

    public LocationInfo Location => Span.ToLocationInfo()!;

    public LocationInfo IdLocation => IdSpan.ToLocationInfo()!;

    /// <summary>The value of the field of this name, or <see cref="SeedValue.Absent"/> for a field the kind does not have.</summary>
    public SeedValue this[string field] => Definition.IndexOf(field) is var index and >= 0 ? Values[index] : SeedValue.Absent;

    public string DisplayName => this[Definition.NameField].Text ?? Id;
}
