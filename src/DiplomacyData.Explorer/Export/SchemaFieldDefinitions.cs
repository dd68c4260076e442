using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// Derives a kind's <see cref="FieldDefinition"/>s from the two places a field is declared: its entry in
/// <see cref="SeedSchema"/> (name, type, order) and the record type's property that holds it. Nothing here
/// names a field, so a field added to both shows up in every export, <c>show</c> and release snapshot.
/// </summary>
internal static class SchemaFieldDefinitions
{
    /// <summary>
    /// The annotations any record may carry close every row, note before evidence, wherever the schema
    /// lists them: a kind's own facts lead, and the columns of every kind end alike.
    /// </summary>
    private static readonly string[] ClosingFields = ["note", "evidence"];

    /// <summary>The fields of a schema kind, read from the record type it names.</summary>
    public static IReadOnlyList<FieldDefinition> For(KindDef kind) => For(kind, SchemaKinds.RecordTypeOf(kind));

    /// <summary>The fields of a schema kind, read from <paramref name="recordType"/>.</summary>
    public static IReadOnlyList<FieldDefinition> For(KindDef kind, Type recordType)
    {
        var definitions = new List<FieldDefinition>
        {
            Scalar("id", record => FieldValue.Text(record.Id)),
            Scalar("kind", record => FieldValue.Text(FieldNaming.SeedWordOf(record.Kind))),
        };
        foreach (var field in kind.Fields.OrderBy(field => Array.IndexOf(ClosingFields, field.Name)))
        {
            definitions.AddRange(DefinitionsOf(field, PropertyOf(recordType, field, kind.JsonKey)));
        }

        if (definitions.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"{recordType.Name} has two export columns named '{twice.Key}'; rename one of the properties.");
        }

        return definitions;
    }

    /// <summary>The name of the field that lists the sources a date named <paramref name="date"/> was inferred from.</summary>
    public static string InferenceBasisOf(string date) => date + "_inference_basis";

    private static IEnumerable<FieldDefinition> DefinitionsOf(FieldDef field, PropertyInfo property)
    {
        var name = FieldNaming.ColumnNameOf(property.Name);
        switch (field.Type)
        {
            case FieldType.Date:
                // A date is six columns: the ISO text, its precision, the bounds of a date the sources bound
                // without fixing, and why and from what it was inferred or bounded. As days (Parquet), the date is
                // its first day and the bounds are the first and last day it can be, a known date's period included,
                // so that one range test fits every date.
                PartialDate Date(Record record) => (PartialDate)property.GetValue(record)!;
                return
                [
                    Day(name, record => FieldValue.Text(Date(record) is { IsKnown: true } date ? date.ToString() : null), record => Date(record) is { IsKnown: true } date ? DayOf(date.Earliest) : null),
                    Scalar(name + "_precision", record => FieldValue.Text(FieldNaming.SeedWordOf(Date(record).Precision))),
                    Day(name + "_not_before", record => FieldValue.Text(Date(record).NotBefore is { IsKnown: true } bound ? bound.ToString() : null), record => DayOf(Date(record).Earliest)),
                    Day(name + "_not_after", record => FieldValue.Text(Date(record).NotAfter is { IsKnown: true } bound ? bound.ToString() : null), record => DayOf(Date(record).Latest)),
                    Scalar(name + "_inference", record => FieldValue.Text(Date(record).Inference?.Reason)),
                    List(InferenceBasisOf(name), record => (Date(record).Inference?.Basis ?? []).Select(FieldValue.Reference)),
                ];
            case FieldType.RefList:
            case FieldType.StringList:
                return [List(name, record => Items(property, record).Select(ScalarOf))];
            case FieldType.ObjectList:
                return [Groups(name, field.Item!, property)];
            default:
                var type = field.Type switch { FieldType.Integer => ColumnType.Integer, FieldType.Decimal => ColumnType.Decimal, _ => ColumnType.Text };
                return [new FieldDefinition(name, FieldShape.Scalar, [], record => ScalarOf(property.GetValue(record)), type)];
        }
    }

    /// <summary>
    /// A list of small objects: one group per item, one member per field of the item's schema; a member that
    /// is a list (a code's source actors) is a list of scalars.
    /// </summary>
    private static FieldDefinition Groups(string name, ObjectDef item, PropertyInfo property)
    {
        var itemType = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType.GetElementType()!;
        var members = item.Fields.Select(field => PropertyOf(itemType, field, item.Description)).ToArray();
        var isList = item.Fields.Select(field => field.Type is FieldType.RefList or FieldType.StringList).ToArray();
        var memberNames = members.Select(member => FieldNaming.ColumnNameOf(member.Name)).ToArray();
        FieldValue MemberOf(object value, int m) =>
            isList[m] ? FieldValue.List(((IEnumerable)members[m].GetValue(value)!).Cast<object>().Select(ScalarOf)) : ScalarOf(members[m].GetValue(value));
        return new FieldDefinition(name, FieldShape.GroupList, memberNames, record => FieldValue.List(Items(property, record).Select(value =>
            FieldValue.Group(members.Select((_, m) => new RecordField(memberNames[m], MemberOf(value, m)))))),
            memberShapes: isList.Select(list => list ? FieldShape.List : FieldShape.Scalar).ToArray());
    }

    private static FieldValue ScalarOf(object? value) => value switch
    {
        null => FieldValue.Null,
        Record record => FieldValue.Reference(record),
        string text => FieldValue.Text(text),
        Enum member => FieldValue.Text(FieldNaming.SeedWordOf(member)),
        int number => FieldValue.Number(number),
        decimal number => FieldValue.Number(number),
        _ => throw new InvalidOperationException($"The export has no column form for a {value.GetType().Name}; teach {nameof(SchemaFieldDefinitions)} one."),
    };

    private static IEnumerable<object> Items(PropertyInfo property, Record record) => ((IEnumerable)property.GetValue(record)!).Cast<object>();

    private static PropertyInfo PropertyOf(Type type, FieldDef field, string owner)
    {
        var name = field.PropertyName;
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException(
                $"The schema field '{field.Name}' of {owner} has no public property {type.Name}.{name}; add the property, or name the one that holds it with AsProperty in SeedSchema.");
        if (!Fits(field, property.PropertyType))
        {
            throw new InvalidOperationException(
                $"The schema field '{field.Name}' of {owner} is a {field.Type}, but {type.Name}.{name} is a {property.PropertyType.Name}; name the property that holds it with AsProperty in SeedSchema.");
        }

        return property;
    }

    /// <summary>Whether a property's type can hold a field's values; catches a field read through a same-named property it does not mean (a kind's <c>kind</c> is not <see cref="Record.Kind"/>).</summary>
    private static bool Fits(FieldDef field, Type type)
    {
        var single = Nullable.GetUnderlyingType(type) ?? type;
        return field.Type switch
        {
            FieldType.String or FieldType.Text => single == typeof(string),
            FieldType.Integer => single == typeof(int),
            FieldType.Decimal => single == typeof(decimal),
            FieldType.Date => single == typeof(PartialDate),
            FieldType.Enum => single.IsEnum && single.Name == field.ClrType,
            FieldType.Ref => typeof(Record).IsAssignableFrom(single),
            FieldType.RefList or FieldType.StringList or FieldType.ObjectList => typeof(IEnumerable).IsAssignableFrom(single) && single != typeof(string),
            _ => false,
        };
    }

    private static FieldDefinition Scalar(string name, Func<Record, FieldValue> read) => new(name, FieldShape.Scalar, [], read);

    private static FieldDefinition Day(string name, Func<Record, FieldValue> read, Func<Record, DateOnly?> day) =>
        new(name, FieldShape.Scalar, [], read, ColumnType.Day, day: day);

    private static DateOnly? DayOf(DateTime? day) => day is { } value ? DateOnly.FromDateTime(value) : null;

    private static FieldDefinition List(string name, Func<Record, IEnumerable<FieldValue>> read) =>
        new(name, FieldShape.List, [], record => FieldValue.List(read(record)));
}
