using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Generator.Tests.Fuzzing;

/// <summary>
/// The replacement values mutations draw from: plain random values almost never hit the cases that
/// matter (a date on 29 February, an id that is a C# keyword), so the pools name them outright.
/// </summary>
internal static class FuzzValues
{
    /// <summary>Ids that are valid but awkward once turned into C# names, next to ones that are invalid.</summary>
    public static readonly IReadOnlyList<string> Ids = new[]
    {
        // Names the generated code itself uses, or every .NET object has.
        "dataset", "current", "record-at", "equals", "get-hash-code", "to-string", "get-type", "memberwise-clone",
        "finalize", "reference-equals", "system", "global", "diplomacy-data", "value", "item", "length",
        // Names of the handle classes and record types.
        "people", "events", "places", "topics", "sources", "series", "countries", "organizations", "agreements",
        "person", "event", "place", "topic", "source", "record", "entity", "string", "object",
        // C# keywords and contextual keywords, which become PascalCase but may still surprise.
        "class", "int", "null", "true", "this", "base", "var", "dynamic", "nameof", "async", "await", "init", "value-type",
        // Ids that become the same C# name as each other.
        "x1", "x-1", "a-b-c", "ab-c", "abc",
        // Valid but extreme.
        "a", "z9", "a0-0-0-0", new string('a', 400),
        // Invalid.
        "", " ", "A", "1abc", "a--b", "a-", "-a", "a b", "a_b", "é", "ａ", "a\u200Bb", "a.b", "a/b", "a\"b", "a\\b",
    };

    /// <summary>Strings that have broken code generators and text pipelines before.</summary>
    public static readonly IReadOnlyList<string> Strings = new[]
    {
        "", " ", "\t", "x", "\"", "\\", "\\\"", "\"\"\"", "*/", "/*", "//", "///", "</summary>", "<!--", "-->", "]]>", "<![CDATA[",
        "&amp;", "&", "<", ">", "#error injected", "#if false", "\n#error injected\n", "{", "}", "{0}", "{{", "@\"", "$\"", "u8", "\"u8",
        "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029", "\r", "\n", "\r\n", "\v", "\f",
        "\u202E", "\u2066", "\u200B", "\uFEFF", "\u00AD", "\uFFFE", "\uFFFF", "\uFFFD",
        "😀", "𝔸", "e\u0301", "Việt Nam", "Hà Nội", "Ā", "\u0661\u0662",
        "2024", "2024-02-29", "2023-02-29", "0000", "9999-12-31", "2024-00", "2024-1", "2024-01-01T00:00", "-2024", "２０２４",
        new string('x', 5000),
    };

    /// <summary>Raw JSON tokens that put a value of the wrong type, or an edge-case number, where a value stands.</summary>
    public static readonly IReadOnlyList<string> Tokens = new[]
    {
        "0", "-1", "1", "1.5", "-0", "1e2", "1E+28", "1e400", "1e-400", "2147483647", "2147483648", "4294967296",
        "79228162514264337593543950335", "79228162514264337593543950336", "0.0000000000000000000000000001",
        "true", "false", "null", "\"\"", "\" \"", "{}", "[]", "[[]]", "[null]", "[1, 2]", "[\"\"]", "{ \"id\": \"x\" }",
        "{ \"inferred\": \"2024\" }", "{ \"inferred\": \"2024\", \"reason\": \"r\", \"basis\": [] }",
        "\"\\uD800\"", "\"a\\uDC00b\"", "\"\\uDBFF\\uDFFF\"", "\"\\u0000\"", "\"\\u202E\"",
        new string('[', 70) + new string(']', 70), "[" + string.Join(", ", Enumerable.Repeat("{}", 50)) + "]",
        "007", "NaN", "Infinity", "'x'", "\"unterminated", "undefined",
    };

    /// <summary>Numbers for the number fields (an ordinal, a figure's value): valid, out of range, or not numbers at all.</summary>
    public static readonly IReadOnlyList<string> Numbers = new[]
    {
        "0", "1", "-1", "1.5", "-0", "0.0", "1e2", "1E+28", "1e400", "1e-400", "2147483647", "2147483648", "4294967296",
        "18446744073709551616", "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "123456789012345678901234567890.5", "\"12\"", "null",
    };

    /// <summary>Dates: possible, impossible (29 February 2023), and not in any of the three forms.</summary>
    public static readonly IReadOnlyList<string> Dates = new[]
    {
        "0001", "1900", "2013", "2023-07", "2024-02-29", "2025-12-31", "9999-12-31", "2024-06-30",
        "0000", "2023-02-29", "2024-13", "2024-00", "2024-1", "2024-01-32", "2024-04-31", "20240101", "2024/01/01",
        "2024-01-01T00:00", " 2024", "2024 ", "-2024", "+2024", "２０２４", "2024-0١", "",
    };

    /// <summary>Property names: every name the schema knows (right name, wrong place) and some no schema knows.</summary>
    public static readonly IReadOnlyList<string> PropertyNames = SeedSchema.Kinds
        .SelectMany(k => k.Fields.Select(f => f.Name).Prepend(k.JsonKey))
        .Concat(new[] { SeedSchema.Evidence, SeedSchema.Participant, SeedSchema.Plover, SeedSchema.ReasonedDate }.SelectMany(d => d.Fields.Select(f => f.Name)))
        .Concat(new[] { "id", "$schema", "", " ", "Id", "ID", "contentHash", "\u202Eid", "id\u0000", "__proto__", "constructor" })
        .Distinct()
        .OrderBy(name => name, System.StringComparer.Ordinal)
        .ToArray();

    /// <summary>Every word any enum field allows, so a value can be right for one field and wrong for the next.</summary>
    public static readonly IReadOnlyList<string> EnumWords = SeedSchema.Kinds
        .Cast<ObjectDef>()
        .Concat(new[] { SeedSchema.Participant, SeedSchema.Plover })
        .SelectMany(d => d.Fields)
        .SelectMany(f => f.EnumValues)
        .Distinct()
        .OrderBy(word => word, System.StringComparer.Ordinal)
        .ToArray();
}
