using System;
using System.Collections.Concurrent;
using System.Reflection;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.TableFormat;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// The one door through which the export reaches the naming rules it shares with the seed compiler:
/// a schema field's record property, an export column's snake case and an enum member's seed word.
/// The kebab/Pascal helpers it calls are being gathered into a shared file; only this class needs
/// repointing when they move.
/// </summary>
internal static class FieldNaming
{
    private static readonly MethodInfo SpellMember = typeof(SeedSpelling).GetMethod(nameof(SeedSpelling.Of))!;

    private static readonly ConcurrentDictionary<Type, Func<Enum, string>> Spellers = new();

    /// <summary>The property that holds <paramref name="field"/>: the one the schema names, or the field's name in PascalCase.</summary>
    public static string PropertyNameOf(FieldDef field) => field.PropertyName ?? SeedNaming.ToPascal(field.Name);

    /// <summary>A column's name: the property's name in snake case (<c>EndDate</c> is <c>end_date</c>, <c>Iso2</c> is <c>iso2</c>).</summary>
    public static string ColumnNameOf(string propertyName) =>
        SeedNaming.ToKebab(propertyName).Replace('-', '_');

    /// <summary>An enum member as the seed files spell it, whatever its enum type (<see cref="SeedSpelling.Of"/> wants the type at compile time).</summary>
    public static string SeedWordOf(Enum value) =>
        Spellers.GetOrAdd(value.GetType(), type =>
        {
            var spell = SpellMember.MakeGenericMethod(type);
            return member => (string)spell.Invoke(null, [member])!;
        })(value);
}
