using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using DiplomacyData.Explorer.Export;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class RecordFieldsTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void Every_public_fact_of_every_record_type_has_a_field_and_nothing_else_does()
    {
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            var type = Data.All.First(r => r.Kind == kind).GetType();
            var names = RecordFields.DefinitionsOf(kind).Select(d => d.Name).ToArray();
            var fieldsForFacts = names.Where(name => !IsDatePart(name, names)).Order(StringComparer.Ordinal);
            var facts = ReferenceWalk.OwnFacts(type)
                .Where(p => !(type == typeof(Topic) && p.Name == nameof(Topic.Path)))
                .Where(p => !(type == typeof(Event) && p.Name == nameof(Event.EffectiveDate))) // derived from the date and the parent's
                // The code strings alone, derived from Event.Cameo, which is the field.
                .Where(p => !(type == typeof(Event) && p.Name == nameof(Event.CameoCodes)))
                .Where(p => !(type == typeof(Figure) && p.Name == nameof(Figure.Measure))) // MeasureKind's seed word: the measure_kind column
                .Where(p => !(p.Name == nameof(Record.Evidence) && NeverCarries(kind, r => r.Evidence.Count > 0)))
                .Where(p => !(p.Name == nameof(Record.Note) && kind == RecordKind.Exclusion && NeverCarries(kind, r => r.Note is not null)))
                .Select(p => SnakeCase(p.Name))
                .Order(StringComparer.Ordinal);

            Assert.Equal(facts, fieldsForFacts);
        }
    }

    [Fact]
    public void Every_value_has_the_shape_its_definition_declares()
    {
        foreach (var record in Data.All)
        {
            var definitions = RecordFields.DefinitionsOf(record.Kind);
            var fields = RecordFields.Of(record);

            Assert.Equal(definitions.Select(d => d.Name), fields.Select(f => f.Name));
            foreach (var (definition, field) in definitions.Zip(fields))
            {
                switch (definition.Shape)
                {
                    case FieldShape.Scalar:
                        Assert.True(field.Value.IsScalar || field.Value.Kind == FieldValueKind.Null, $"{record.Id}.{field.Name}");
                        break;
                    case FieldShape.List:
                        Assert.Equal(FieldValueKind.List, field.Value.Kind);
                        Assert.All(field.Value.Items, item => Assert.True(item.IsScalar));
                        break;
                    case FieldShape.GroupList:
                        Assert.Equal(FieldValueKind.List, field.Value.Kind);
                        Assert.All(field.Value.Items, group => Assert.Equal(definition.Members, group.Members.Select(m => m.Name)));
                        break;
                }
            }
        }
    }

    [Fact]
    public void Dates_are_ISO_partial_text_with_their_precision()
    {
        foreach (var e in Data.Events)
        {
            var fields = RecordFields.Of(e).ToDictionary(f => f.Name, f => f.Value);

            Assert.Equal(e.Date.IsKnown ? FieldValue.Text(e.Date.ToString()) : FieldValue.Null, fields["date"]);
            Assert.Equal(FieldValue.Text(e.Date.Precision.ToString().ToLowerInvariant()), fields["date_precision"]);
            Assert.Equal(FieldValue.Text(e.Date.Inference?.Reason), fields["date_inference"]);
            Assert.Equal((e.Date.Inference?.Basis ?? []).Select(s => s.Id), fields["date_inference_basis"].Items.Select(i => i.Scalar));
        }

        Assert.Contains(Data.Events, e => e.Date.Precision == DatePrecision.Year);
        Assert.Contains(Data.Events, e => e.Date.Precision == DatePrecision.Month);
        Assert.Contains(Data.Events, e => e.Date.Precision == DatePrecision.Day);
    }

    [Fact]
    public void Fields_do_not_depend_on_the_current_culture()
    {
        var invariant = Data.All.Select(RecordFields.Of).ToArray();
        var original = CultureInfo.CurrentCulture;
        var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        commaDecimals.NumberFormat.NegativeSign = "~";
        try
        {
            CultureInfo.CurrentCulture = commaDecimals;
            var underOtherCulture = Data.All.Select(RecordFields.Of).ToArray();

            Assert.Equal(invariant.Length, underOtherCulture.Length);
            for (var i = 0; i < invariant.Length; i++)
            {
                Assert.Equal(invariant[i], underOtherCulture[i]);
            }

            Assert.Contains(underOtherCulture.SelectMany(f => f), f => f.Name == "value" && f.Value.Kind == FieldValueKind.Number && f.Value.Scalar!.Contains('.'));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Enum_members_are_spelt_as_the_seed_files_spell_them()
    {
        // The library documents each member's seed spelling as "<c>spelling</c> in seed files".
        var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "DiplomacyData.xml"));
        var documented = docs.Descendants("member")
            .Where(m => ((string)m.Attribute("name")!).StartsWith("F:DiplomacyData.", StringComparison.Ordinal) && m.Value.Contains("in seed files", StringComparison.Ordinal))
            .ToDictionary(m => ((string)m.Attribute("name")!)["F:DiplomacyData.".Length..], m => m.Element("summary")!.Element("c")!.Value);
        var spell = typeof(SeedSpelling).GetMethod(nameof(SeedSpelling.Of))!;
        var checkedMembers = 0;
        foreach (var type in typeof(Dataset).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            foreach (var value in Enum.GetValues(type))
            {
                if (documented.TryGetValue($"{type.Name}.{value}", out var expected))
                {
                    Assert.Equal(expected, spell.MakeGenericMethod(type).Invoke(null, [value]));
                    checkedMembers++;
                }
            }
        }

        Assert.True(checkedMembers > 50, $"only {checkedMembers} documented enum members were found");
    }

    [Fact]
    public void Values_compare_by_content()
    {
        FieldValue Participant(string actor, string role) => FieldValue.Group([new RecordField("actor", FieldValue.Text(actor)), new RecordField("role", FieldValue.Text(role))]);

        Assert.Equal(FieldValue.List([Participant("italy", "host")]), FieldValue.List([Participant("italy", "host")]));
        Assert.Equal(FieldValue.List([Participant("italy", "host")]).GetHashCode(), FieldValue.List([Participant("italy", "host")]).GetHashCode());
        Assert.NotEqual(FieldValue.List([Participant("italy", "host")]), FieldValue.List([Participant("italy", "visitor")]));
        Assert.NotEqual(FieldValue.Text("4"), FieldValue.Number(4));
        Assert.Equal("[{actor: italy, role: host}]", FieldValue.List([Participant("italy", "host")]).ToString());
        // A member may be a list of scalars (a code's source actors), never a group or a list of groups.
        Assert.Equal("{source: [italy, vietnam]}", FieldValue.Group([new RecordField("source", FieldValue.List([FieldValue.Text("italy"), FieldValue.Text("vietnam")]))]).ToString());
        Assert.Throws<ArgumentException>(() => FieldValue.Group([new RecordField("nested", FieldValue.List([Participant("italy", "host")]))]));
        Assert.Throws<ArgumentException>(() => FieldValue.Group([new RecordField("nested", Participant("italy", "host"))]));
    }

    private static bool NeverCarries(RecordKind kind, Func<Record, bool> carries) => !Data.All.Where(r => r.Kind == kind).Any(carries);

    private static bool IsDatePart(string name, string[] names) =>
        new[] { "_precision", "_not_before", "_not_after", "_inference", "_inference_basis" }.Any(suffix =>
            name.EndsWith(suffix, StringComparison.Ordinal) && names.Contains(name[..^suffix.Length] + "_precision"));

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
