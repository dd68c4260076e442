using System;
using System.Linq;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// Pairs each <see cref="RecordKind"/> with the seed compiler's description of it: the schema kind
/// whose runtime type is named like the member (<c>RecordKind.OfficeHeld</c> is the <c>offices</c> kind
/// read into <see cref="OfficeHeld"/>).
/// </summary>
internal static class SchemaKinds
{
    public static KindDef Of(RecordKind kind) =>
        SeedSchema.Kinds.SingleOrDefault(definition => definition.ClrType == kind.ToString())
        ?? throw new InvalidOperationException($"SeedSchema has no kind read into the type {kind}; give the RecordKind member the name of the kind's record type.");

    /// <summary>The public record type a schema kind is read into, such as <see cref="Event"/> for <c>events</c>.</summary>
    public static Type RecordTypeOf(KindDef kind) =>
        typeof(Record).Assembly.GetType(typeof(Record).Namespace + "." + kind.ClrType) is { } type && typeof(Record).IsAssignableFrom(type)
            ? type
            : throw new InvalidOperationException($"The schema kind '{kind.JsonKey}' is read into {kind.ClrType}, which is not a record type of {typeof(Record).Assembly.GetName().Name}.");
}
