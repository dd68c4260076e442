using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Json;

/// <summary>
/// System.Text.Json's reader over one seed file, with what the schema checks need on top: positions in
/// characters (for located diagnostics), one string per distinct text, and skipping a value while
/// measuring its span. The parser reads the seeds through it in one pass, building no tree.
/// </summary>
/// <remarks>
/// Every malformed input surfaces as <see cref="MalformedJsonException"/>: the reader's own
/// <see cref="JsonException"/> is converted where it is thrown, located at the line and column it names.
/// </remarks>
internal ref struct SeedJsonReader
{
    private readonly SeedFileText _text;
    private readonly Utf8PositionCursor _positions;
    private readonly Utf8TextPool _texts;
    private Utf8JsonReader _reader;

    public SeedJsonReader(SeedFileText text)
    {
        _text = text;
        _positions = new Utf8PositionCursor(text.Utf8, text.Length);
        _texts = new Utf8TextPool(text.Utf8);
        _reader = new Utf8JsonReader(
            new ReadOnlySpan<byte>(text.Utf8, 0, text.Length),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, MaxDepth = 64 });
    }

    public LineMap Lines => _text.Lines;

    public JsonTokenType TokenType => _reader.TokenType;

    /// <summary>The character offset where the current token starts.</summary>
    public int TokenStart => _positions.CharOffset((int)_reader.TokenStartIndex);

    /// <summary>How a curator would name the current value's type in a message ("an array").</summary>
    public string KindName => _reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    /// <summary>Moves to the next token; false at the end of the file.</summary>
    [MethodImpl(HotPath.Optimize)]
    public bool Read()
    {
        try
        {
            return _reader.Read();
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    /// <summary>Moves to the next token, which the JSON grammar guarantees exists (a property's value, say).</summary>
    [MethodImpl(HotPath.Optimize)]
    public void MoveToValue()
    {
        if (!Read())
        {
            throw new MalformedJsonException(Lines.Locate(TokenStart, 0), "the file ends inside a value");
        }
    }

    /// <summary>The span from <paramref name="start"/> to the end of the current token.</summary>
    public SeedSpan SpanFrom(int start) =>
        new(Lines, start, Math.Max(0, _positions.CharOffset((int)_reader.BytesConsumed) - start));

    /// <summary>Passes over the current value, whole objects and arrays included, and returns its span.</summary>
    [MethodImpl(HotPath.Optimize)]
    public SeedSpan SkipValue(int start)
    {
        try
        {
            _reader.Skip();
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }

        return SpanFrom(start);
    }

    /// <summary>Requires that nothing but whitespace and comments follow the top-level value.</summary>
    public void ExpectEnd()
    {
        if (Read())
        {
            throw new MalformedJsonException(Lines.Locate(TokenStart, 1), "there is more text after the end of the top-level value; remove it");
        }
    }

    /// <summary>The current property name or string value, unescaped; the same instance for the same short text.</summary>
    [MethodImpl(HotPath.Optimize)]
    public string GetText()
    {
        if (!_reader.ValueIsEscaped)
        {
            // A string token starts with its quote; the text is the bytes after it.
            return _texts.Get((int)_reader.TokenStartIndex + 1, _reader.ValueSpan.Length);
        }

        try
        {
            // Escapes are rare in seeds; such a text is not pooled.
            return _reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // An escape that decodes to invalid UTF-16: a lone surrogate. Such a string is not text (UTF-8,
            // the library's encoding, cannot even hold it), so it is refused.
            var escape = JsonSyntaxMessages.LoneSurrogateEscape(_reader.ValueSpan);
            var message = escape is null
                ? JsonSyntaxMessages.Clean(ex.Message)
                : $"the string escapes a lone surrogate ({escape}), half of a UTF-16 pair, which is not a character; write the character itself, or both halves of its pair (\\uD835\\uDD38 for 𝔸)";
            throw new MalformedJsonException(Lines.Locate(TokenStart, 1), message);
        }
    }

    /// <summary>The current number as written, which the schema checks parse for its field's type.</summary>
    public string GetNumberText() => _texts.Get((int)_reader.TokenStartIndex, _reader.ValueSpan.Length);

    private MalformedJsonException Malformed(JsonException ex) =>
        new(JsonSyntaxMessages.Locate(_text, (int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0)), JsonSyntaxMessages.Clean(ex.Message));
}
