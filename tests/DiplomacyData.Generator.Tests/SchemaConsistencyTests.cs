using System;
using System.Linq;
using System.Reflection;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.TableFormat;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>The generator encodes enums by position: the runtime enums must list the same words in the same order.</summary>
public sealed class SchemaConsistencyTests
{
    public static TheoryData<string> EnumFields()
    {
        var data = new TheoryData<string>();
        var fields = SeedSchema.Kinds.Cast<ObjectDef>().Concat(new[] { SeedSchema.Participant, SeedSchema.Plover })
            .SelectMany(def => def.Fields)
            .Where(f => f.Type == FieldType.Enum)
            .Select(f => f.ClrType)
            .Distinct();
        foreach (var field in fields)
        {
            data.Add(field);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EnumFields))]
    public void Runtime_enum_matches_the_schema(string clrType)
    {
        var schemaValues = SeedSchema.Kinds.Cast<ObjectDef>().Concat(new[] { SeedSchema.Participant, SeedSchema.Plover })
            .SelectMany(def => def.Fields)
            .First(f => f.ClrType == clrType && f.Type == FieldType.Enum)
            .EnumValues;
        var runtime = typeof(Dataset).Assembly.GetType("DiplomacyData." + clrType, throwOnError: true)!;
        var names = Enum.GetNames(runtime);
        var expected = schemaValues.Select(SeedNaming.EnumMember).ToArray();
        Assert.Equal(expected, names);
        Assert.Equal(Enumerable.Range(0, names.Length), Enum.GetValues(runtime).Cast<object>().Select(Convert.ToInt32));
    }

    [Fact]
    public void Every_kind_has_a_runtime_record_type()
    {
        foreach (var kind in SeedSchema.Kinds)
        {
            var type = typeof(Dataset).Assembly.GetType("DiplomacyData." + kind.ClrType);
            Assert.True(type is not null && type.IsSubclassOf(typeof(Record)), kind.ClrType);
            Assert.NotNull(type!.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).SingleOrDefault(c => c.IsAssembly));
        }
    }
}
