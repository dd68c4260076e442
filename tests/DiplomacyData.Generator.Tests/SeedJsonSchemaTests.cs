using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.Generator.Tests.Infrastructure;
using DiplomacyData.Testing;
using Json.Schema;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>The editor schema under seeds/schema is made from the compiler's own schema, and every seed passes it.</summary>
public sealed class SeedJsonSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(GeneratorHarness.RealSeedsDirectory, "schema", "seed.schema.json");

    [Fact]
    public void Checked_in_schema_is_the_one_the_compiler_describes()
    {
        var expected = JsonSchemaWriter.Write();
        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            File.WriteAllText(SchemaPath, expected);
        }

        Assert.True(File.Exists(SchemaPath) && File.ReadAllText(SchemaPath).Replace("\r\n", "\n") == expected,
            $"{SchemaPath} is out of date with SeedSchema; regenerate it with {Snapshot.AcceptVariable}=1 dotnet test.");
    }

    [Fact]
    public void Every_seed_file_validates_against_the_schema()
    {
        var schema = JsonSchema.FromText(JsonSchemaWriter.Write());
        var seeds = Directory.EnumerateFiles(GeneratorHarness.RealSeedsDirectory, "*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(GeneratorHarness.FixtureSeedsDirectory, "*.json", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.True(seeds.Count >= 10);
        foreach (var path in seeds)
        {
            var result = schema.Evaluate(Element(File.ReadAllText(path)), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{path}: " + string.Join("; ", (result.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    private static System.Text.Json.JsonElement Element(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Every_seed_file_names_the_schema()
    {
        foreach (var path in Directory.EnumerateFiles(GeneratorHarness.RealSeedsDirectory, "*.json", SearchOption.AllDirectories).Where(p => !p.Contains("schema")))
        {
            var declared = JsonNode.Parse(File.ReadAllText(path))!["$schema"]?.GetValue<string>();
            Assert.NotNull(declared);
            var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, declared!));
            Assert.Equal(Path.GetFullPath(SchemaPath), resolved);
        }
    }

    [Fact]
    public void The_schema_rejects_what_the_compiler_rejects()
    {
        var schema = JsonSchema.FromText(JsonSchemaWriter.Write());
        Assert.False(schema.Evaluate(Element("""{ "people": [ { "id": "Not An Id", "name": "X" } ] }""")).IsValid);
        Assert.False(schema.Evaluate(Element("""{ "people": [ { "id": "x", "name": "X", "nationalty": "italy" } ] }""")).IsValid);
        Assert.False(schema.Evaluate(Element("""{ "events": [ { "id": "e", "kind": "party", "title": "t", "status": "held" } ] }""")).IsValid);
        Assert.False(schema.Evaluate(Element("""{ "events": [ { "id": "e", "kind": "meeting", "title": "t", "status": "held", "date": "2024-13" } ] }""")).IsValid);
        Assert.True(schema.Evaluate(Element("""{ "events": [ { "id": "e", "kind": "meeting", "title": "t", "status": "held", "date": { "inferred": "2024-05", "reason": "r", "basis": ["a"] } } ] }""")).IsValid);
    }
}
