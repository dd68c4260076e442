using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace DiplomacyData.Generator.Tests.Fuzzing;

internal enum EditableJsonKind
{
    Object,
    Array,

    /// <summary>A string, number, boolean or null, kept as its JSON token text.</summary>
    Token,
}

/// <summary>One property of an <see cref="EditableJson"/> object; names may repeat, as a broken seed file's can.</summary>
internal sealed class EditableMember
{
    public EditableMember(string name, EditableJson value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; set; }

    public EditableJson Value { get; set; }

    public EditableMember Copy() => new(Name, Value.Copy());
}

/// <summary>
/// A JSON value the fuzz tests can edit in ways System.Text.Json's own DOM refuses: a property may
/// be given twice, and any raw token (an out-of-range number, a string with a lone surrogate
/// escape) may stand in for a value. Written back as indented text the generator then parses.
/// </summary>
internal sealed class EditableJson
{
    private EditableJson(EditableJsonKind kind, string? token, List<EditableMember>? members, List<EditableJson>? items, string? stringValue = null)
    {
        Kind = kind;
        Token = token;
        StringValue = stringValue;
        Members = members ?? new List<EditableMember>();
        Items = items ?? new List<EditableJson>();
    }

    public EditableJsonKind Kind { get; }

    /// <summary>The raw JSON text of a token value (<c>"abc"</c>, <c>12</c>, <c>null</c>).</summary>
    public string? Token { get; }

    public List<EditableMember> Members { get; }

    public List<EditableJson> Items { get; }

    /// <summary>The text of a string value, or null for any other value (raw tokens included).</summary>
    public string? StringValue { get; }

    public static EditableJson String(string value) => new(EditableJsonKind.Token, Quote(value), null, null, value);

    /// <summary>Any text as a value, valid JSON or not; the generator must cope either way.</summary>
    public static EditableJson RawToken(string json) => new(EditableJsonKind.Token, json, null, null);

    public static EditableJson NewObject(params (string Name, EditableJson Value)[] members) =>
        new(EditableJsonKind.Object, null, members.Select(m => new EditableMember(m.Name, m.Value)).ToList(), null);

    public static EditableJson NewArray(params EditableJson[] items) => new(EditableJsonKind.Array, null, null, items.ToList());

    public static EditableJson Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return From(document.RootElement);
    }

    /// <summary>
    /// A JSON string literal for any .NET string: quotes, backslashes and C0 controls escaped, and a
    /// lone surrogate (which UTF-8 cannot carry) written as its \u escape; everything else as itself.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pairStart = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pairStart)
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    public EditableJson Copy() => new(Kind, Token, Members.Select(m => m.Copy()).ToList(), Items.Select(i => i.Copy()).ToList(), StringValue);

    /// <summary>This value and every value inside it, depth first.</summary>
    public IEnumerable<EditableJson> Descendants()
    {
        yield return this;
        foreach (var child in Members.Select(m => m.Value).Concat(Items))
        {
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder, 0);
        return builder.Append('\n').ToString();
    }

    private static EditableJson From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new EditableJson(EditableJsonKind.Object, null, element.EnumerateObject().Select(p => new EditableMember(p.Name, From(p.Value))).ToList(), null),
        JsonValueKind.Array => new EditableJson(EditableJsonKind.Array, null, null, element.EnumerateArray().Select(From).ToList()),
        JsonValueKind.String => StringOrRaw(element),
        _ => RawToken(element.GetRawText()),
    };

    // A string that escapes a lone surrogate (put there by an earlier mutation) has no .NET value: keep its text.
    private static EditableJson StringOrRaw(JsonElement element)
    {
        try
        {
            return String(element.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return RawToken(element.GetRawText());
        }
    }

    private void Write(StringBuilder builder, int depth)
    {
        switch (Kind)
        {
            case EditableJsonKind.Token:
                builder.Append(Token);
                break;
            case EditableJsonKind.Object:
                WriteList(builder, depth, '{', '}', Members.Count, (i, d) =>
                {
                    builder.Append(Quote(Members[i].Name)).Append(": ");
                    Members[i].Value.Write(builder, d);
                });
                break;
            case EditableJsonKind.Array:
                WriteList(builder, depth, '[', ']', Items.Count, (i, d) => Items[i].Write(builder, d));
                break;
        }
    }

    private static void WriteList(StringBuilder builder, int depth, char open, char close, int count, Action<int, int> writeItem)
    {
        builder.Append(open);
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n").Append(' ', (depth + 1) * 2);
            writeItem(i, depth + 1);
        }

        if (count > 0)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }

        builder.Append(close);
    }
}
