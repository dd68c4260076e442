using System.Linq;
using System.Reflection;
using DiplomacyData.Generator.Emitting;
using DiplomacyData.SeedCompiler.Schema;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// The generated decoder needs nothing but the schema and the record type: for an eager kind it passes every
/// schema field, by name, as the constructor's parameter of that name; for a kind that reads its fields from its
/// row (events) it writes one field reader per schema field, named after the property that calls it. These checks
/// say so in plain words before the compiler would (CS1739 or CS0117 in generated code), which is the step
/// CONTRIBUTING.md's "add a field" relies on.
/// </summary>
public sealed class RecordConstructorTests
{
    [Fact]
    public void Each_record_constructor_takes_the_id_and_every_schema_field_of_its_kind_by_name()
    {
        foreach (var kind in SeedSchema.Kinds)
        {
            var type = typeof(Dataset).Assembly.GetType("DiplomacyData." + kind.ClrType)!;
            var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single(c => c.IsAssembly);
            var parameters = constructor.GetParameters().Select(p => p.Name).Order(System.StringComparer.Ordinal);
            if (kind.ReadsFromRow)
            {
                Assert.True(!parameters.Any(), $"{kind.ClrType} reads its fields from its row, so its constructor must take nothing, but it takes ({string.Join(", ", parameters)}).");
                var missing = kind.Fields.Select(f => f.PropertyName).Where(name => type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public) is null);
                Assert.True(!missing.Any(), $"{kind.ClrType} has no public property for ({string.Join(", ", missing)}): give it one per schema field, calling DatasetDecoder.{kind.ClrType}Fields.");
                continue;
            }

            var fields = kind.Fields.Select(f => f.Name).Append("id").Order(System.StringComparer.Ordinal);
            Assert.True(fields.SequenceEqual(parameters),
                $"{kind.ClrType}'s constructor takes ({string.Join(", ", parameters)}) but the schema kind '{kind.JsonKey}' has (id, {kind.FieldNames}): give the constructor one parameter per schema field, named like it.");
        }
    }

    [Fact]
    public void The_generated_decoder_reads_every_schema_field_of_every_kind()
    {
        var decoder = DecoderEmitter.Emit();
        foreach (var kind in SeedSchema.Kinds)
        {
            if (kind.ReadsFromRow)
            {
                Assert.Contains($"        internal const int Count = {kind.MainFields.Count};", decoder, System.StringComparison.Ordinal);
                var at = 0;
                foreach (var field in kind.Fields)
                {
                    at = decoder.IndexOf($" {field.PropertyName}(Record record) => ", at, System.StringComparison.Ordinal);
                    Assert.True(at >= 0, $"{kind.ClrType}.{field.PropertyName}: no field reader, or not in schema order");
                    var reader = decoder[at..decoder.IndexOf(";\n", at, System.StringComparison.Ordinal)];
                    var row = field.IsDetail ? kind.DetailFields : kind.MainFields;
                    Assert.Contains($"{(field.IsDetail ? "DetailAt" : "At")}(record, {row.ToList().IndexOf(field)})", reader, System.StringComparison.Ordinal);
                }

                continue;
            }

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
