using System.Linq;
using System.Reflection;
using DiplomacyData.Generator.Emitting;
using DiplomacyData.SeedCompiler.Schema;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// The generated decoder needs nothing but the schema and the record type's constructor: it passes every
/// schema field, by name, as the constructor's parameter of that name. These checks say so in plain words
/// before the compiler would (CS1739 in generated code), which is the step CONTRIBUTING.md's "add a field" relies on.
/// </summary>
public sealed class RecordConstructorTests
{
    [Fact]
    public void Each_record_constructor_takes_the_id_and_every_schema_field_of_its_kind_by_name()
    {
        foreach (var kind in SeedSchema.Kinds)
        {
            var constructor = typeof(Dataset).Assembly.GetType("DiplomacyData." + kind.ClrType)!
                .GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single(c => c.IsAssembly);
            var parameters = constructor.GetParameters().Select(p => p.Name).Order(System.StringComparer.Ordinal);
            var fields = kind.Fields.Select(f => f.Name).Append("id").Order(System.StringComparer.Ordinal);

            Assert.True(fields.SequenceEqual(parameters),
                $"{kind.ClrType}'s constructor takes ({string.Join(", ", parameters)}) but the schema kind '{kind.JsonKey}' has (id, {kind.FieldNames}): give the constructor one parameter per schema field, named like it.");
        }
    }

    [Fact]
    public void The_generated_decoder_passes_every_schema_field_to_the_record_constructor()
    {
        var decoder = DecoderEmitter.Emit();
        foreach (var kind in SeedSchema.Kinds)
        {
            var start = decoder.IndexOf($"Read{kind.ClrType}(ref RecordReader r) => new {kind.ClrType}(", System.StringComparison.Ordinal);
            Assert.True(start >= 0, kind.ClrType);
            var call = decoder.Substring(start, decoder.IndexOf(");\n", start, System.StringComparison.Ordinal) - start);
            foreach (var field in kind.Fields)
            {
                Assert.True(call.Contains($" {field.Name}: ", System.StringComparison.Ordinal) || call.Contains($" @{field.Name}: ", System.StringComparison.Ordinal), $"{kind.ClrType}.{field.Name}");
            }
        }
    }
}
