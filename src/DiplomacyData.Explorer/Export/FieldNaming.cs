using System;
using System.Collections.Concurrent;
using System.Reflection;
using DiplomacyData.TableFormat;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// How the export names what it writes, by the naming rules it shares with the seed compiler
/// (<see cref="SeedNaming"/>): an export column's snake case and an enum member's seed word. A schema
/// field's record property is <c>FieldDef.PropertyName</c>.
/// </summary>
internal static class FieldNaming
{
    private static readonly MethodInfo SpellMember = typeof(SeedSpelling).GetMethod(nameof(SeedSpelling.Of))!;

    private static readonly ConcurrentDictionary<Type, Func<Enum, string>> Spellers = new();

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
