using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>Each curator mistake becomes one located diagnostic that says how to fix it.</summary>
public sealed class SeedDiagnosticTests
{
    [Fact]
    public void The_fixture_itself_is_clean()
    {
        Assert.Empty(Diagnose(json => json).Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000001")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    public void An_ordinal_outside_1_to_a_million_is_refused_not_encoded(string ordinal)
    {
        // 2147483647 was accepted once and overflowed the encoder (stored plus one): the fuzzer found it.
        var diagnostic = Single(Diagnose(json => json.Replace("\"ordinal\": 1,", $"\"ordinal\": {ordinal},")), "DD0021");
        Assert.Contains("1,000,000", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Malformed_json_is_located()
    {
        var diagnostic = Single(Diagnose(json => json.Replace("\"kind\": \"city\",", "\"kind\": \"city\" ")), "DD0001");
        Assert.Equal(LineOf("\"id\": \"hanoi\""), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.EndsWith("fixture.json", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Unknown_property_names_the_property_and_suggests_the_right_one()
    {
        var diagnostic = Single(Diagnose(json => json.Replace("\"nationality\": \"italy\"", "\"nationalty\": \"italy\"")), "DD0002");
        Assert.Contains("did you mean 'nationality'", diagnostic.GetMessage());
        Assert.Equal(LineOf("\"id\": \"anna-rossi\""), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Missing_required_field_is_reported()
    {
        Assert.Contains("'title'", Single(Diagnose(json => json.Replace("\"title\": \"Rossi meets Bình in Hà Nội\",", "")), "DD0003").GetMessage());
    }

    [Fact]
    public void A_statement_attributed_to_its_speakers_without_any_is_missing_them_at_its_attribution()
    {
        static string Edit(string json) => json.Replace("\"speakers\": [\"anna-rossi\"],", "\"attribution\": \"speakers\",");
        var diagnostic = Single(Diagnose(Edit), "DD0003");
        Assert.Contains("needs the field 'speakers'", diagnostic.GetMessage());
        Assert.Contains("\"unattributed\"", diagnostic.GetMessage());
        Assert.Equal(PositionIn(Edit(GeneratorHarness.FixtureText()), "\"speakers\", \"event\""), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void A_statement_without_an_attribution_needs_speakers_at_its_id()
    {
        // No attribution means "speakers", so the record itself is what lacks them.
        static string Edit(string json) => json.Replace("\"speakers\": [\"anna-rossi\"], ", "");
        var diagnostic = Single(Diagnose(Edit), "DD0003");
        Assert.Contains("A statement without an 'attribution'", diagnostic.GetMessage());
        Assert.Equal(PositionIn(Edit(GeneratorHarness.FixtureText()), "\"st-rossi-proposes-dialogue\""), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void An_empty_speakers_list_is_no_speaker_and_is_located()
    {
        static string Edit(string json) => json.Replace("\"speakers\": [\"anna-rossi\"],", "\"speakers\": [],");
        var diagnostic = Single(Diagnose(Edit), "DD0003");
        Assert.Equal(PositionIn(Edit(GeneratorHarness.FixtureText()), "[], \"event\""), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Theory]
    [InlineData("unattributed", "the article reports the statement without naming who made it")]
    [InlineData("outlet", "the statement is the outlet's own analysis or commentary")]
    public void Speakers_contradict_an_attribution_that_has_none(string attribution, string meaning)
    {
        string Edit(string json) => json.Replace("\"speakers\": [\"anna-rossi\"],", $"\"attribution\": \"{attribution}\", \"speakers\": [\"anna-rossi\"],");
        var diagnostic = Single(Diagnose(Edit), "DD0028");
        Assert.Contains($"'attribution' is \"{attribution}\", which says {meaning}", diagnostic.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(PositionIn(Edit(GeneratorHarness.FixtureText()), "[\"anna-rossi\"], \"event\""), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Theory]
    [InlineData("unattributed", "\"speakers\": [],")]
    [InlineData("outlet", "")]
    [InlineData("speakers", "\"speakers\": [\"anna-rossi\"],")]
    public void A_statement_whose_speakers_agree_with_its_attribution_is_clean(string attribution, string speakers)
    {
        var diagnostics = Diagnose(json => json.Replace("\"speakers\": [\"anna-rossi\"],", $"\"attribution\": \"{attribution}\", {speakers}"));
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void Wrong_value_type_is_reported()
    {
        Assert.Contains("must be a number", Single(Diagnose(json => json.Replace("\"value\": 3000000000", "\"value\": \"3 billion\"")), "DD0004").GetMessage());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    public void A_property_given_twice_is_reported_once_at_the_second(int otherProperties)
    {
        // Objects past 16 properties check for repeats with a set instead of a scan; both must agree.
        var others = string.Concat(Enumerable.Range(0, otherProperties).Select(i => $"\"p{i}\": {i}, "));
        var json = "{\n  \"people\": [\n    { \"id\": \"anna-rossi\", " + others + "\"name\": \"Anna\", \"note\": \"a\", \"note\": \"b\" }\n  ]\n}\n";
        var file = SeedCompiler.Parsing.SeedFileParser.Parse("/seeds/people.json", "people.json", json);
        var duplicate = Assert.Single(file.Diagnostics, d => d.Descriptor.Id == "DD0018");
        Assert.Equal(json.LastIndexOf("\"note\"", StringComparison.Ordinal), duplicate.Location!.Start);
    }

    [Fact]
    public void A_malformed_file_reports_only_where_it_is_malformed()
    {
        // The parser checks the schema while it reads; what it found before the syntax error is dropped
        // with the file's records, so the curator sees the one error that stops the file.
        var json = "{\n  \"people\": [\n    { \"id\": \"anna-rossi\", \"name\": \"Anna\", \"name\": \"Anna\", \"nationalty\": \"italy\" },\n    { \"id\": \"bao\" \"name\": \"Bao\" }\n  ]\n}\n";
        var file = SeedCompiler.Parsing.SeedFileParser.Parse("/seeds/people.json", "people.json", json);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("DD0001", diagnostic.Descriptor.Id);
        Assert.Equal(3, diagnostic.Location!.StartLine);
        Assert.Empty(file.Records);
    }

    [Fact]
    public void A_files_diagnostics_come_in_the_order_they_stand_in_it()
    {
        var json = "{\n  \"people\": [\n    { \"id\": \"anna-rossi\", \"nationalty\": \"italy\" },\n    { \"id\": \"Bad Id\", \"name\": \"B\", \"name\": \"C\" }\n  ]\n}\n";
        var file = SeedCompiler.Parsing.SeedFileParser.Parse("/seeds/people.json", "people.json", json);
        var starts = file.Diagnostics.Select(d => d.Location!.Start).ToList();
        Assert.True(file.Diagnostics.Count >= 4, string.Join(", ", file.Diagnostics.Select(d => d.Descriptor.Id)));
        Assert.Equal(starts.OrderBy(s => s), starts);
    }

    [Fact]
    public void Duplicate_id_points_at_the_second_one_and_names_the_first()
    {
        var diagnostic = Single(Diagnose(json => json.Replace("\"id\": \"training\"", "\"id\": \"peacekeeping\"")), "DD0005");
        Assert.Contains("fixture.json(", diagnostic.GetMessage());
    }

    [Fact]
    public void Unknown_reference_suggests_the_nearest_id()
    {
        var diagnostic = Single(Diagnose(json => json.Replace("\"place\": \"hanoi\"", "\"place\": \"hanoy\"")), "DD0006");
        Assert.Contains("did you mean 'hanoi'", diagnostic.GetMessage());
    }

    [Fact]
    public void Reference_to_the_wrong_kind_is_reported()
    {
        Assert.Contains("must name a person", Single(Diagnose(json => json.Replace("\"person\": \"anna-rossi\"", "\"person\": \"italy\"")), "DD0020").GetMessage());
    }

    [Fact]
    public void Quote_not_in_its_source_shows_the_closest_passage()
    {
        var diagnostic = Single(Diagnose(json => json.Replace("Rossi proposed a yearly dialogue on peacekeeping.", "Rossi proposed a monthly dialogue on peacekeeping.")), "DD0007");
        Assert.Contains("Rossi proposed a yearly dialogue on peacekeeping.", diagnostic.GetMessage());
    }

    [Fact]
    public void Quotes_may_differ_from_the_source_in_whitespace_only()
    {
        var diagnostics = Diagnose(json => json.Replace("Both sides signed a memorandum on training.", "Both  sides signed\\na memorandum on training."));
        Assert.DoesNotContain(diagnostics, d => d.Id == "DD0007");
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13")]
    [InlineData("24-05-05")]
    [InlineData("May 2024")]
    public void Impossible_or_malformed_dates_are_rejected(string date)
    {
        Single(Diagnose(json => json.Replace("\"date\": \"2024-05-05\"", $"\"date\": \"{date}\"")), "DD0008");
    }

    [Fact]
    public void An_end_before_the_start_is_a_contradiction()
    {
        Single(Diagnose(json => json.Replace("\"date\": \"2024-05-05\"", "\"date\": \"2024-05-05\", \"endDate\": \"2024-04\"")), "DD0009");
    }

    [Fact]
    public void A_cycle_in_the_topic_hierarchy_is_reported()
    {
        var diagnostics = Diagnose(json => json.Replace("{ \"id\": \"defence\", \"name\": \"Defence\" }", "{ \"id\": \"defence\", \"name\": \"Defence\", \"parent\": \"training\" }"));
        Assert.Contains(diagnostics, d => d.Id == "DD0010");
    }

    [Fact]
    public void A_sentence_neither_cited_nor_excluded_is_a_warning_in_the_source_text()
    {
        var diagnostic = Single(Diagnose(json => json.Replace("\"quote\": \"An unrelated sentence about another country.\"", "\"quote\": \"An unrelated\"")), "DD0011");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("sample.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("\\u202E")]
    [InlineData("\\u200B")]
    [InlineData("\\u2066")]
    public void Bidirectional_and_invisible_characters_are_rejected(string escape)
    {
        Single(Diagnose(json => json.Replace("\"name\": \"Anna Rossi\"", $"\"name\": \"Anna{escape} Rossi\"")), "DD0012");
    }

    [Fact]
    public void Ids_that_become_the_same_CSharp_name_collide()
    {
        var diagnostics = Diagnose(json => json.Replace("{ \"id\": \"tran-van-binh\",", "{ \"id\": \"anna-rossi-2\", \"name\": \"X\" }, { \"id\": \"anna-rossi2\",").Replace("\"name\": \"X\" }", "\"name\": \"X\" }"));
        Assert.Contains(diagnostics, d => d.Id == "DD0013");
    }

    [Fact]
    public void A_malformed_id_is_rejected()
    {
        Single(Diagnose(json => json.Replace("\"id\": \"anna-rossi\"", "\"id\": \"Anna Rossi\"")), "DD0014");
    }

    [Fact]
    public void An_unknown_enum_word_lists_the_allowed_ones()
    {
        Assert.Contains("host, visitor", Single(Diagnose(json => json.Replace("\"role\": \"host\"", "\"role\": \"hosts\"")), "DD0015").GetMessage());
    }

    [Fact]
    public void A_fact_without_evidence_is_rejected()
    {
        Single(Diagnose(json => json.Replace("\"evidence\": [ { \"source\": \"sample-article\", \"quote\": \"Both sides signed a memorandum on training.\" } ]", "\"evidence\": []")), "DD0016");
    }

    private const string Visit042 = "{ \"code\": \"042\", \"source\": [\"anna-rossi\"], \"target\": [\"tran-van-binh\"] }";

    [Fact]
    public void A_code_actor_who_is_not_a_participant_is_named_with_its_side()
    {
        var diagnostic = Single(Diagnose(json => json.Replace(Visit042, "{ \"code\": \"042\", \"source\": [\"anna-rossi\"], \"target\": [\"italian-ministry\"] }")), "DD0026");
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'italian-ministry' is a target of the CAMEO code '042' of event 'sample-meeting'", message);
        Assert.Contains("add it to 'participants'", message);
        Assert.Equal(LineOf("\"cameo\""), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_code_without_a_target_asks_for_one_or_for_an_actors_note()
    {
        var diagnostic = Single(Diagnose(json => json.Replace(Visit042, "{ \"code\": \"042\", \"source\": [\"anna-rossi\"] }")), "DD0027");
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("CAMEO code '042' of event 'sample-meeting' has no 'target'", message);
        Assert.Contains("'actorsNote'", message);
    }

    [Fact]
    public void An_actors_note_lets_a_code_go_without_actors()
    {
        var diagnostics = Diagnose(json => json
            .Replace(Visit042, "{ \"code\": \"042\" }")
            .Replace("\"status\": \"held\",", "\"status\": \"held\", \"actorsNote\": \"The text does not say who visited whom.\","));
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void A_plover_code_from_an_actor_to_itself_has_no_direction()
    {
        var diagnostic = Single(Diagnose(json => json.Replace(
            "\"mode\": \"visit\", \"source\": [\"anna-rossi\"], \"target\": [\"tran-van-binh\"]",
            "\"mode\": \"visit\", \"source\": [\"anna-rossi\"], \"target\": [\"anna-rossi\"]")), "DD0027");
        Assert.Contains("PLOVER code 'CONSULT'", diagnostic.GetMessage());
        Assert.Contains("two different actors", diagnostic.GetMessage());
    }

    [Fact]
    public void A_cameo_code_keeps_the_code_rule_and_the_object_form()
    {
        Assert.Contains("two to four digits", Single(Diagnose(json => json.Replace("\"code\": \"042\"", "\"code\": \"42a\"")), "DD0015").GetMessage());
        // The old form, a bare code string, is refused with the shape the field now takes.
        Assert.Contains("a CAMEO code (an object)", Single(Diagnose(json => json.Replace(Visit042, "\"042\"")), "DD0004").GetMessage());
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string id)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got: {string.Join(Environment.NewLine, diagnostics)}");
        Assert.NotEqual(Location.None, matching[0].Location);
        return matching[0];
    }

    private static int LineOf(string text) =>
        Array.FindIndex(GeneratorHarness.FixtureText().Split('\n'), line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>The zero-based line and column where <paramref name="text"/> first appears in <paramref name="json"/>, as Roslyn counts them.</summary>
    private static LinePosition PositionIn(string json, string text)
    {
        var lines = json.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return new LinePosition(line, lines[line].IndexOf(text, StringComparison.Ordinal));
    }

    private static IReadOnlyList<Diagnostic> Diagnose(Func<string, string> edit) => GeneratorHarness.DiagnoseFixture(edit);
}
