using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>No public path, casting included, can change a compiled fact.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(Dataset).Assembly.GetExportedTypes();

    [Fact]
    public void No_public_type_has_a_public_setter_or_a_mutable_public_field()
    {
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                Assert.True(property.SetMethod is null || !property.SetMethod.IsPublic, $"{type.Name}.{property.Name} has a public setter");
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(f => !type.IsEnum))
            {
                Assert.True(field.IsInitOnly || field.IsLiteral, $"{type.Name}.{field.Name} is a writable field");
            }
        }
    }

    [Fact]
    public void No_public_member_hands_out_an_array_or_a_mutable_collection()
    {
        var mutable = new[] { typeof(IList<>), typeof(ICollection<>), typeof(ISet<>), typeof(IDictionary<,>) };
        foreach (var property in PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)))
        {
            var type = property.PropertyType;
            Assert.False(type.IsArray, $"{property.DeclaringType!.Name}.{property.Name} is an array");
            Assert.False(type.IsGenericType && mutable.Contains(type.GetGenericTypeDefinition()), $"{property.DeclaringType!.Name}.{property.Name} is a mutable collection type");
        }
    }

    [Fact]
    public void No_list_in_the_data_can_be_cast_to_a_writable_collection()
    {
        var lists = Dataset.Current.All
            .SelectMany(record => record.GetType().GetProperties().Select(p => p.GetValue(record)))
            .Concat(new object[] { Dataset.Current.Events, Dataset.Current.People, Dataset.Current.All, Dataset.Current.Info.Coverage })
            .OfType<IEnumerable>()
            .Where(value => value is not string)
            .ToList();
        Assert.NotEmpty(lists);
        foreach (var list in lists)
        {
            Assert.False(list is Array, $"{list.GetType()} is an array");
            Assert.False(list is IList { IsReadOnly: false }, $"{list.GetType()} is a writable IList");
            var writableGeneric = list.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
            Assert.False(writableGeneric && list is not IDictionary, $"{list.GetType()} implements ICollection<T>");
        }

        Assert.Throws<NotSupportedException>(() => ((IDictionary<RecordKind, int>)Dataset.Current.Info.Counts)[RecordKind.Event] = 0);
    }

    [Fact]
    public void Concurrent_first_access_yields_one_dataset()
    {
        var seen = new Dataset[64];
        Parallel.For(0, seen.Length, i => seen[i] = Dataset.Current);
        Assert.All(seen, d => Assert.Same(seen[0], d));
        Assert.Same(People.PhanVanGiang, Dataset.Current.Find("phan-van-giang"));
    }
}
