using System.Linq;
using System.Reflection;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>The small things a user reaches for first: typed name lookups, readable records, honest nullability.</summary>
public sealed class EverydayApiTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void FindByName_of_a_type_finds_only_entities_of_that_type()
    {
        var person = Assert.Single(Data.FindByName<Person>("Vo Thi Anh Xuan"));

        Assert.Equal("vo-thi-anh-xuan", person.Id);
        Assert.Empty(Data.FindByName<Country>("Vo Thi Anh Xuan"));
        foreach (var entity in Data.All.OfType<Entity>())
        {
            Assert.Equal(Data.FindByName(entity.Name).OfType<Person>(), Data.FindByName<Person>(entity.Name));
            Assert.Equal(Data.FindByName(entity.Name).OfType<Place>(), Data.FindByName<Place>(entity.Name));
        }
    }

    [Fact]
    public void Every_kind_reads_as_itself_not_as_its_kind_and_id()
    {
        foreach (var record in Data.All)
        {
            Assert.NotEqual($"{record.Kind} {record.Id}", record.ToString());
            Assert.False(string.IsNullOrWhiteSpace(record.ToString()), record.Id);
        }
    }

    [Fact]
    public void A_source_reads_as_its_title_and_an_exclusion_as_its_sentence_and_reason()
    {
        var source = Data.Sources[0];
        var exclusion = Data.All.OfType<Exclusion>().First();

        Assert.StartsWith(source.Title, source.ToString());
        Assert.StartsWith($"{exclusion.Source.Id} \"{exclusion.Quote} ...\"", exclusion.ToString());
        Assert.EndsWith(exclusion.Reason, exclusion.ToString());
    }

    [Fact]
    public void A_country_s_home_country_is_never_null()
    {
        var property = typeof(Country).GetProperty(nameof(Country.HomeCountry))!;

        Assert.Equal(NullabilityState.NotNull, new NullabilityInfoContext().Create(property).ReadState);
        Assert.All(Data.Countries, country => Assert.Same(country, country.HomeCountry));
    }

    [Fact]
    public void Every_record_lists_each_of_its_date_properties_with_its_value()
    {
        foreach (var record in Data.All)
        {
            var expected = record.GetType().GetProperties()
                .Where(p => p.PropertyType == typeof(PartialDate) && p.Name != nameof(Event.EffectiveDate))
                .Select(p => (p.Name, (PartialDate)p.GetValue(record)!))
                .OrderBy(p => p.Name, System.StringComparer.Ordinal);

            Assert.Equal(expected, record.Dates.Select(d => (d.Property, d.Date)).OrderBy(p => p.Property, System.StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_inferred_or_bounded_date_is_found_with_its_reason_without_a_switch_over_kinds()
    {
        var inferred = Data.All
            .SelectMany(record => record.Dates.Where(d => d.Date.IsInferred).Select(d => (record, d)))
            .ToList();

        Assert.Contains(inferred, x => x.record == Events.DefencePolicyDialogue5 && x.d.Property == "Date" && x.d.Date.IsBounded);
        Assert.Contains(inferred, x => x.record is Source && x.d.Property == nameof(Source.Published));
        Assert.Contains(inferred, x => x.record is Figure && x.d.Property == nameof(Figure.ReportedOn));
        Assert.All(inferred, x => Assert.False(string.IsNullOrWhiteSpace(x.d.Date.Inference!.Reason)));
    }
}
