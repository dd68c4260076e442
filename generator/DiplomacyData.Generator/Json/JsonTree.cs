using DiplomacyData.Generator.Infrastructure;

namespace DiplomacyData.Generator.Json;

internal enum JsonTreeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value that remembers where it stood in its file, so that every later check can point
/// a curator at the exact line and column. System.Text.Json's own DOM forgets positions.
/// </summary>
internal sealed record JsonTree(
    JsonTreeKind Kind,
    string? Text,
    EquatableArray<JsonMember> Members,
    EquatableArray<JsonTree> Items,
    SeedSpan Span)
{
    public LocationInfo Location => Span.ToLocationInfo()!;

    public string KindName => Kind switch
    {
        JsonTreeKind.Object => "an object",
        JsonTreeKind.Array => "an array",
        JsonTreeKind.String => "a string",
        JsonTreeKind.Number => "a number",
        JsonTreeKind.True or JsonTreeKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>One property of a JSON object, with the position of its name.</summary>
internal sealed record JsonMember(string Name, SeedSpan NameSpan, JsonTree Value)
{
    public LocationInfo NameLocation => NameSpan.ToLocationInfo()!;
}
