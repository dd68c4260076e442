using System;
using System.Linq;
using System.Text.Json.Nodes;
using DiplomacyData.Explorer.Export;
using DiplomacyData.SeedCompiler.Schema;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>
/// Follows CONTRIBUTING.md's "add a field" with a schema variant: the events kind gains a <c>country</c>
/// field, held by the existing <see cref="Event.Country"/> property (a test cannot add a property to
/// the compiled library, so an existing public property that no schema field names yet stands in for
/// the one a contributor would write). Nothing else is touched, and the field reaches the editor's JSON
/// Schema, the seed guide and the export columns. The parser, linker and generated decoder read the
/// static <see cref="SeedSchema"/>, so the variant does not reach them: the generator tests check that
/// the decoder passes every schema field to its record type's constructor by name, or, for events, reads
/// each one through a reader named after its property.
/// </summary>
public sealed class AddFieldWalkthroughTests
{
    private static readonly KindDef RealEvents = SeedSchema.Kind(SeedSchema.Events)!;

    [Fact]
    public void A_field_added_to_the_schema_reaches_the_json_schema()
    {
        var events = JsonNode.Parse(JsonSchemaWriter.Write(WithEventCountry()))!["$defs"]!["events"]!;

        Assert.Equal("#/$defs/id", (string?)events["properties"]!["country"]!["$ref"]);
        Assert.Equal("The id of a country.", (string?)events["properties"]!["country"]!["description"]);
        Assert.DoesNotContain("country", events["required"]!.AsArray().Select(name => (string?)name));
        Assert.Null(JsonNode.Parse(JsonSchemaWriter.Write())!["$defs"]!["events"]!["properties"]!["country"]);
    }

    [Fact]
    public void A_field_added_to_the_schema_reaches_the_seed_guide()
    {
        var guide = SeedGuideWriter.Write(WithEventCountry());
        var events = guide.Substring(guide.IndexOf("\n### events (", StringComparison.Ordinal));
        events = events.Substring(0, events.IndexOf("\n### ", 1, StringComparison.Ordinal));

        Assert.Contains("| `place` | id | no | the id of a place or a country |\n| `country` | id | no | the id of a country |\n", events, StringComparison.Ordinal);
        Assert.DoesNotContain("| `country` |", SeedGuideWriter.Write().Split("\n### events (")[1].Split("\n### ")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_added_to_the_schema_and_its_record_type_becomes_an_export_column_with_the_records_values()
    {
        var variant = SchemaFieldDefinitions.For(WithEventCountry().Single(k => k.JsonKey == SeedSchema.Events));
        var today = RecordFields.DefinitionsOf(RecordKind.Event).Select(d => d.Name).ToList();
        today.Insert(today.IndexOf("place") + 1, "country");

        Assert.Equal(today, variant.Select(d => d.Name));
        var country = variant.Single(d => d.Name == "country");
        Assert.Equal(FieldShape.Scalar, country.Shape);
        var events = Dataset.Current.All.OfType<Event>().ToList();
        Assert.Contains(events, e => e.Country is not null);
        foreach (var e in events)
        {
            Assert.Equal(e.Country?.Id, country.Read(e).Scalar);
        }
    }

    [Fact]
    public void A_schema_field_without_its_record_property_is_refused_with_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SchemaFieldDefinitions.For(Variant(FieldDef.Str("venueCapacity"))));

        Assert.Contains("'venueCapacity' of events", error.Message, StringComparison.Ordinal);
        Assert.Contains("Event.VenueCapacity", error.Message, StringComparison.Ordinal);
        Assert.Contains("AsProperty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_field_that_would_read_a_property_of_another_type_is_refused()
    {
        // Without AsProperty, an event's "kind" would be read as Record.Kind (the record kind), not Event.EventKind.
        var kind = FieldDef.Enum("kind", "EventKind", true, RealEvents.Field("kind")!.EnumValues.ToArray());
        var error = Assert.Throws<InvalidOperationException>(() => SchemaFieldDefinitions.For(Variant(kind)));

        Assert.Contains("Event.Kind is a RecordKind", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The real kinds, with events' own fields plus <c>country</c> right after <c>place</c>: step one of the walk-through.</summary>
    private static KindDef[] WithEventCountry()
    {
        var fields = RealEvents.Fields.ToList();
        fields.Insert(fields.FindIndex(f => f.Name == "place") + 1, FieldDef.Ref("country", "Country", false, SeedSchema.Countries));
        return SeedSchema.Kinds.Select(kind => kind == RealEvents ? Copy(RealEvents, fields.ToArray()) : kind).ToArray();
    }

    /// <summary>An events kind with one extra field (or a replaced one of the same name).</summary>
    private static KindDef Variant(FieldDef field) =>
        Copy(RealEvents, RealEvents.Fields.Where(f => f.Name != field.Name).Append(field).ToArray());

    private static KindDef Copy(KindDef kind, FieldDef[] fields) =>
        new(kind.JsonKey, kind.Description, kind.ClrType, kind.HandleClass, kind.NameField, kind.IsFact, fields);
}
