using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Explorer.Export;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Explorer.Showing;

/// <summary>A record that refers to another one, and the fields (as <see cref="RecordFields"/> names them) it does so through.</summary>
internal sealed record Referrer(Record Record, IReadOnlyList<string> Fields);

/// <summary>
/// Who refers to a record, for <c>show</c>: the library's reverse reference index
/// (<see cref="Dataset.ReferencesTo"/>), one line per referrer, with each field named as the record's
/// own fields are printed (<c>participants.actor</c> is the <c>participants</c> field, <c>date.basis</c>
/// the <c>date_inference_basis</c> field).
/// </summary>
internal static class Referrers
{
    /// <summary>The records that refer to <paramref name="target"/>, by kind and then id, each with its fields in <see cref="RecordFields"/> order.</summary>
    public static IReadOnlyList<Referrer> Of(Record target) =>
        Dataset.Current.ReferencesTo(target)
            .GroupBy(reference => reference.Referrer)
            .Select(group => new Referrer(group.Key, FieldNames(group.Key.Kind, group.Select(reference => reference.Field))))
            .OrderBy(referrer => referrer.Record.Kind)
            .ThenBy(referrer => referrer.Record.Id, StringComparer.Ordinal)
            .ToArray();

    private static string[] FieldNames(RecordKind kind, IEnumerable<string> paths)
    {
        var order = RecordFields.DefinitionsOf(kind).Select(definition => definition.Name).ToList();
        return paths.Select(path => FieldNameOf(kind, path)).Distinct(StringComparer.Ordinal).OrderBy(order.IndexOf).ToArray();
    }

    /// <summary>The field a reference path goes through: the schema field it starts with, or for a date, the date's inference basis.</summary>
    private static string FieldNameOf(RecordKind kind, string path)
    {
        var separator = path.IndexOf('.', StringComparison.Ordinal);
        var name = separator < 0 ? path : path[..separator];
        var field = SchemaKinds.Of(kind).Fields.SingleOrDefault(field => field.Name == name)
            ?? throw new InvalidOperationException($"The library reports a reference through '{path}', which no field of {kind} declares.");
        var column = FieldNaming.ColumnNameOf(field.PropertyName);
        return field.Type == FieldType.Date ? SchemaFieldDefinitions.InferenceBasisOf(column) : column;
    }
}
