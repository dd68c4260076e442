using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.TableFormat;
using DiplomacyData.Generator.Tests.Fuzzing;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using SeedDiagnostic = DiplomacyData.SeedCompiler.Diagnostics.SeedDiagnostic;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// A string in a seed file stays a string: hostile text in every free-text field compiles, adds
/// nothing to the public API, and reads back exactly. What the generator refuses on purpose is
/// refused with a located diagnostic:
/// <list type="bullet">
/// <item>DD0012, in any string: the invisible and bidirectional controls listed in
/// <see cref="TrojanSourceCharacters"/> (the Trojan Source family). Every other character of the
/// Basic Multilingual Plane is accepted, C0 and C1 controls, NUL and noncharacters included, and so
/// is every character outside it (written directly or as a surrogate-pair escape).</item>
/// <item>DD0004, in a single-line field (names, titles of offices, codes): a line terminator (CR,
/// LF, NEL, LS, PS, VT, FF). Free-text fields (quotes, notes, summaries, reasons) accept them.</item>
/// <item>DD0001: a JSON escape of a lone surrogate. It is not a character, and UTF-8, in which the
/// library stores its strings, cannot hold it, so it could not read back exactly.</item>
/// </list>
/// </summary>
public sealed class SeedInjectionTests
{
    /// <summary>The characters DD0012 refuses: exactly these, in code point order.</summary>
    public static readonly int[] TrojanSourceCharacters =
    {
        0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B,
        0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x3164,
        0xFEFF, 0xFFA0,
    };

    private static readonly Lazy<(GeneratorOutcome Outcome, CompiledLibrary Library)> HostileBuild = new(() => Build(HostileFixture.Hostile()));

    [Fact]
    public void Hostile_text_in_every_field_compiles_without_errors_or_warnings()
    {
        // The hostile aliases are in no article (the article is made of the quotes), which DD0029 rightly says, once per alias.
        var outcome = HostileBuild.Value.Outcome;
        Assert.Empty(outcome.ErrorsAndWarnings.Where(d => d.Id != "DD0029").Select(d => d.ToString()));
        var aliases = HostileFixture.Hostile().Values.Keys.Count(tag => tag.Split('/') is [_, _, "aliases", _]);
        Assert.True(aliases >= 4, $"only {aliases} aliases were filled");
        Assert.Equal(aliases, outcome.ErrorsAndWarnings.Count(d => d.Id == "DD0029" && d.Location.Kind != LocationKind.None));
    }

    [Fact]
    public void Hostile_text_adds_nothing_to_the_public_api()
    {
        var plain = Build(HostileFixture.Plain()).Library.PublicApi;
        var hostile = HostileBuild.Value.Library.PublicApi;
        Assert.Contains(hostile, line => line.Contains("DiplomacyData.People.AnnaRossi", StringComparison.Ordinal));
        Assert.Equal(plain, hostile);
    }

    [Fact]
    public void Every_hostile_string_reads_back_exactly_through_the_public_api()
    {
        var fixture = HostileFixture.Hostile();
        var strings = HostileBuild.Value.Library.Run(ReadEveryString);

        Assert.True(fixture.Values.Count > 60, $"Only {fixture.Values.Count} fields were filled");
        var lost = fixture.Values.Where(v => !strings.Contains(v.Value)).Select(v => v.Key).ToList();
        Assert.True(lost.Count == 0, "These fields did not read back exactly: " + string.Join(", ", lost));
    }

    [Fact]
    public void Hostile_names_and_quotes_stay_inside_their_doc_comments()
    {
        var fixture = HostileFixture.Hostile();
        var docs = XDocument.Parse(HostileBuild.Value.Library.Documentation);
        var members = docs.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
        var handles = SeedSchema.Kinds.Where(k => k.HandleClass is not null).ToList();
        var checkedHandles = 0;
        foreach (var tag in fixture.Values.Keys.Where(key => key.Split('/') is [_, _, var field] && handles.Any(k => key.StartsWith(k.JsonKey + "/", StringComparison.Ordinal) && k.NameField == field)))
        {
            var parts = tag.Split('/');
            var kind = SeedSchema.Kind(parts[0])!;
            var member = $"P:DiplomacyData.{kind.HandleClass}.{SeedNaming.ToPascal(parts[1])}";
            Assert.True(members.TryGetValue(member, out var doc), $"No documentation for {member}");
            var summary = doc!.Element("summary")!.Value;
            Assert.StartsWith($"[{tag}]", summary, StringComparison.Ordinal);
            Assert.EndsWith($"({parts[1]}).", summary, StringComparison.Ordinal);

            // The record's quotes are listed in its remarks, each as one item that holds the whole quote.
            var quotes = fixture.Values.Keys.Where(key => key.StartsWith($"{parts[0]}/{parts[1]}/evidence/", StringComparison.Ordinal) && key.EndsWith("/quote", StringComparison.Ordinal)).ToList();
            var items = doc.Element("remarks")?.Descendants("item").Select(item => item.Value).ToList() ?? new List<string>();
            Assert.Equal(quotes.Count, items.Count);
            Assert.All(quotes, quote => Assert.Single(items, item => item.Contains($"[{quote}]", StringComparison.Ordinal) && item.EndsWith("\\\u201D", StringComparison.Ordinal)));
            checkedHandles++;
        }

        Assert.True(checkedHandles >= 10, $"Only {checkedHandles} handles were checked");
    }

    [Fact]
    public void Every_character_but_the_Trojan_Source_family_is_accepted_in_text()
    {
        var rejected = new List<int>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue; // alone, a surrogate is not a character: see the lone surrogate test
            }

            var diagnostics = ParseNote("a" + (char)c + "b");
            if (diagnostics.Count > 0)
            {
                var diagnostic = Assert.Single(diagnostics);
                Assert.Equal("DD0012", diagnostic.Descriptor.Id);
                Assert.Contains("U+" + c.ToString("X4", CultureInfo.InvariantCulture), diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                rejected.Add(c);
            }
        }

        Assert.Equal(TrojanSourceCharacters, rejected);
        Assert.Empty(ParseNote("😀 𝔸 🇻🇳 ❤️"));
        Assert.Empty(ParseNote("\\uD835\\uDD38", escaped: true));
    }

    [Theory]
    [InlineData(0xE0001)]
    [InlineData(0xE0041)]
    [InlineData(0xE007F)]
    public void Tag_characters_outside_the_BMP_are_refused_by_code_point(int codePoint)
    {
        var diagnostic = Assert.Single(ParseNote("visible" + char.ConvertFromUtf32(codePoint) + "text"));

        Assert.Equal("DD0012", diagnostic.Descriptor.Id);
        Assert.Contains("U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + " (TAG CHARACTER)", diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\v")]
    [InlineData("\f")]
    public void A_line_terminator_ends_a_single_line_field_but_not_free_text(string terminator)
    {
        var inAlias = Assert.Single(Parse(Person("aliases", "[" + EditableJson.Quote("Anna" + terminator + "Rossi") + "]")));
        Assert.Equal("DD0004", inAlias.Descriptor.Id);
        Assert.Contains("a single line of text", inAlias.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(2, inAlias.Location!.StartLine);
        Assert.Empty(ParseNote("Anna" + terminator + "Rossi"));
    }

    [Theory]
    [InlineData("\\uD800", "\\uD800")]
    [InlineData("\\uDBFF", "\\uDBFF")]
    [InlineData("\\uDC00", "\\uDC00")]
    [InlineData("a\\uD800b", "\\uD800")]
    [InlineData("\\uDC00\\uD800", "\\uDC00")]
    [InlineData("\\uD835\\u0041", "\\uD835")]
    [InlineData("\\\\\\uD800", "\\uD800")]
    public void A_lone_surrogate_is_rejected_where_it_stands(string escaped, string named)
    {
        var diagnostic = Assert.Single(ParseNote(escaped, escaped: true));
        Assert.Equal("DD0001", diagnostic.Descriptor.Id);
        Assert.Equal(2, diagnostic.Location!.StartLine);
        Assert.Contains($"lone surrogate ({named})", diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_is_rejected_too()
    {
        var diagnostic = Assert.Single(Parse("{\n  \"people\": [\n    { \"id\": \"anna-rossi\", \"name\": \"Anna\", \"\\uD800\": 1 }\n  ]\n}\n"));
        Assert.Equal("DD0001", diagnostic.Descriptor.Id);
        Assert.Contains("(\\uD800)", diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static (GeneratorOutcome Outcome, CompiledLibrary Library) Build(HostileFixture fixture)
    {
        var outcome = GeneratorHarness.Run(fixture.Files, GeneratorHarness.FixtureSeedsDirectory);
        return (outcome, CompiledLibrary.Emit(outcome.Output));
    }

    /// <summary>The seed file of one person, with one more property written as raw JSON, on the third line.</summary>
    private static string Person(string property, string json) =>
        "{\n  \"people\": [\n    { \"id\": \"anna-rossi\", \"name\": \"Anna\", \"" + property + "\": " + json + " }\n  ]\n}\n";

    private static IReadOnlyList<SeedDiagnostic> ParseNote(string text, bool escaped = false) =>
        Parse(Person("note", escaped ? "\"" + text + "\"" : EditableJson.Quote(text)));

    private static IReadOnlyList<SeedDiagnostic> Parse(string json) =>
        SeedFileParser.Parse("/seeds/people.json", "people.json", json).Diagnostics.ToList();

    /// <summary>Every string reachable from the loaded library's records, through public properties only.</summary>
    private static HashSet<string> ReadEveryString(Assembly library)
    {
        var dataset = library.GetType("DiplomacyData.Dataset", throwOnError: true)!;
        var recordType = library.GetType("DiplomacyData.Record", throwOnError: true)!;
        var current = dataset.GetProperty("Current")!.GetValue(null)!;
        var strings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in (IEnumerable)dataset.GetProperty("All")!.GetValue(current)!)
        {
            Collect(record, strings, recordType, top: true);
        }

        return strings;
    }

    private static void Collect(object? value, HashSet<string> strings, Type recordType, bool top = false)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                strings.Add(text);
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Collect(item, strings, recordType);
                }

                return;
        }

        var type = value.GetType();
        // Another record is collected as a record of its own; enums and numbers hold no text.
        if ((!top && recordType.IsAssignableFrom(type)) || type.Namespace != "DiplomacyData" || type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            // A date's bounds are dates whose bounds are dates...: a value of the same value type holds no text of its own.
            if (property.PropertyType == type && type.IsValueType)
            {
                continue;
            }

            Collect(property.GetValue(value), strings, recordType);
        }
    }
}
