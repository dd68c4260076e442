using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DiplomacyData.Explorer.Export;
using DiplomacyData.SeedCompiler.Schema;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>
/// A property's nullable annotation says what the data can hold: a field every seed must give is never null,
/// and a reference a seed may leave out is marked nullable. Checked by reflection against the schema.
/// </summary>
public sealed class NullabilityHonestyTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void A_required_field_s_property_is_not_annotated_nullable()
    {
        var wrong = SchemaProperties().Where(p => p.Field.Required && IsAnnotatedNullable(p.Property)).Select(p => p.Describe()).ToArray();

        Assert.True(wrong.Length == 0, "Required in the schema but annotated nullable: " + string.Join(", ", wrong));
    }

    [Fact]
    public void An_optional_field_s_property_is_annotated_nullable_unless_it_is_a_list_or_a_value()
    {
        // A list is empty rather than null; a value type has a value for "not given" (PartialDate.Unknown,
        // Comparator.Exactly), which its documentation names.
        // A place must give a parent or a country, and its parent is a place: Place.Country follows the chain up, so it is never null.
        var filledByTheRecord = new[] { "Place.Country" };
        var wrong = SchemaProperties()
            .Where(p => !p.Field.Required && !p.Field.IsComputed && !p.Property.PropertyType.IsValueType && !IsList(p.Property) && !IsAnnotatedNullable(p.Property))
            .Where(p => !filledByTheRecord.Contains(p.Name))
            .Select(p => p.Describe())
            .ToArray();

        Assert.True(wrong.Length == 0, "Optional in the schema but annotated as never null: " + string.Join(", ", wrong));
    }

    [Fact]
    public void A_place_s_country_and_home_country_are_never_null()
    {
        foreach (var name in new[] { nameof(Place.Country), nameof(Place.HomeCountry) })
        {
            Assert.Equal(NullabilityState.NotNull, Nullability.Create(typeof(Place).GetProperty(name)!).ReadState);
        }

        Assert.Contains(Dataset.Current.Places, p => p.Parent is not null);
        Assert.All(Dataset.Current.Places, p => Assert.Same(p.Country, p.HomeCountry));
        Assert.All(Dataset.Current.Places.Where(p => p.Parent is not null), p => Assert.Same(p.Parent!.Country, p.Country));
    }

    private static bool IsAnnotatedNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null || Nullability.Create(property).ReadState == NullabilityState.Nullable;

    private static bool IsList(PropertyInfo property) => property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType);

    private static IEnumerable<SchemaProperty> SchemaProperties()
    {
        var definitions = SeedSchema.Kinds.Cast<ObjectDef>().Concat(new[] { SeedSchema.Participant, SeedSchema.Plover, SeedSchema.Evidence });
        foreach (var definition in definitions)
        {
            var type = typeof(Record).Assembly.GetType("DiplomacyData." + definition.ClrType, throwOnError: true)!;
            foreach (var field in definition.Fields)
            {
                var property = type.GetProperty(field.PropertyName, BindingFlags.Public | BindingFlags.Instance);
                if (property is not null)
                {
                    yield return new SchemaProperty(type, field, property);
                }
            }
        }
    }

    private sealed record SchemaProperty(Type Type, FieldDef Field, PropertyInfo Property)
    {
        public string Name => $"{Type.Name}.{Property.Name}";

        public string Describe() => $"{Name} ('{Field.Name}')";
    }
}
