using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generator.Tests.Fuzzing;

/// <summary>
/// The generator's test fixture with every free-text value replaced: each value becomes a unique tag
/// (naming the record and field) followed by a payload. Built twice, with a hostile payload and with
/// a plain one, the two seed sets have the same records, ids and fields, so any difference in what
/// the library exposes can only come from the text.
/// </summary>
internal sealed class HostileFixture
{
    /// <summary>What code generators and doc writers have tripped over, on one line.</summary>
    public const string SingleLinePayload =
        " \" \\ \\\" \"\"\" \"\"\"\" */ /* // /// </summary> </remarks> <!-- --> ]]> <![CDATA[ &amp; &#x41; & < > " +
        "#error injected #if false #region { } {0} {{ }} @\" $\" $@\" \"u8 u8\" ' \\u0041 \\x41 \\0 " +
        "\0 \u0001 \u0007 \u001B \u001F \u007F \u0080 \u009F \uFFFE \uFFFF \uFFFD \u00A0 \u3000 \t " +
        "😀 𝔸 🇻🇳 e\u0301 Việt Nam Hà Nội ﷺ ends in a backslash \\";

    /// <summary>The single-line payload plus every line terminator C#, Unicode and XML know, and a preprocessor line.</summary>
    public const string MultiLinePayload =
        SingleLinePayload + " \r \n \r\n \u0085 \u2028 \u2029 \v \f \n#error injected on its own line\n//\n///\n\\";

    private const string FixtureFile = "fixture.json";
    private const string SourceFile = "sample.txt";

    private HostileFixture(IReadOnlyList<AdditionalText> files, IReadOnlyDictionary<string, string> values)
    {
        Files = files;
        Values = values;
    }

    /// <summary>The seed file and source text, ready for the generator.</summary>
    public IReadOnlyList<AdditionalText> Files { get; }

    /// <summary>Every text value written into the seeds, by its tag ("people/anna-rossi/name").</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    public static HostileFixture Hostile() => Build(field => field.Type == FieldType.Text ? MultiLinePayload : SingleLinePayload);

    public static HostileFixture Plain() => Build(_ => "plain text");

    private static HostileFixture Build(Func<FieldDef, string> payload)
    {
        var seeds = GeneratorHarness.ReadSeeds(GeneratorHarness.FixtureSeedsDirectory);
        var seedFile = seeds.Single(t => Path.GetFileName(t.Path) == FixtureFile);
        var sourceFile = seeds.Single(t => Path.GetFileName(t.Path) == SourceFile);
        var root = EditableJson.Parse(seedFile.GetText()!.ToString());
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var quotes = new List<string>();

        string Value(string tag, FieldDef field)
        {
            var value = $"[{tag}]{payload(field)}";
            // A field the package ships only the opening words of (an exclusion's quote) reads back as those words.
            values.Add(tag, field.ShippedWords > 0 ? TextRules.OpeningWords(value, field.ShippedWords) : value);
            return value;
        }

        foreach (var kindMember in root.Members.Where(m => SeedSchema.Kind(m.Name) is not null))
        {
            var kind = SeedSchema.Kind(kindMember.Name)!;
            foreach (var record in kindMember.Value.Items)
            {
                var id = record.Members.Single(m => m.Name == "id").Value.StringValue;
                Fill(record, kind, $"{kind.JsonKey}/{id}");
            }
        }

        void Fill(EditableJson node, ObjectDef definition, string path)
        {
            foreach (var field in definition.Fields.Where(f => !f.IsComputed))
            {
                var member = node.Members.FirstOrDefault(m => m.Name == field.Name);
                var tag = $"{path}/{field.Name}";
                switch (field.Type)
                {
                    // A source's file must name a file, an inferred date and its bounds are dates, and a CAMEO code is digits: none is free text.
                    case FieldType.String when field.Name is "file" or "inferred" or "earliest" or "latest" or "code":
                        break;
                    case FieldType.String:
                    case FieldType.Text:
                        var text = Value(tag, field);
                        if (field.Name == "quote")
                        {
                            quotes.Add(text);
                        }

                        Set(node, field.Name, EditableJson.String(text));
                        break;
                    case FieldType.StringList:
                        Set(node, field.Name, EditableJson.NewArray(EditableJson.String(Value(tag + "/0", field)), EditableJson.String(Value(tag + "/1", field))));
                        break;
                    case FieldType.ObjectList when member is not null:
                        for (var i = 0; i < member.Value.Items.Count; i++)
                        {
                            Fill(member.Value.Items[i], field.Item!, $"{tag}/{i}");
                        }

                        break;
                    case FieldType.Date when member?.Value.Kind == EditableJsonKind.Object:
                        Fill(member.Value, SeedSchema.ReasonedDate, tag);
                        break;
                }
            }
        }

        // The article is made of the quotes, one per line, so every quote is found and every sentence cited.
        var article = string.Join("\n", quotes) + "\n";
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText(seedFile.Path, root.ToString()),
            new InMemoryAdditionalText(sourceFile.Path, article),
        };
        return new HostileFixture(files, values);
    }

    private static void Set(EditableJson node, string name, EditableJson value)
    {
        var member = node.Members.FirstOrDefault(m => m.Name == name);
        if (member is null)
        {
            node.Members.Add(new EditableMember(name, value));
        }
        else
        {
            member.Value = value;
        }
    }
}
