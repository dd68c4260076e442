using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using DiplomacyData.Generator.Infrastructure;

namespace DiplomacyData.Generator.Json;

/// <summary>Reads a seed file into a <see cref="JsonTree"/> with positions, or says where it is malformed.</summary>
internal static class JsonTreeReader
{
    public static JsonTree? Read(SeedFileText text, List<DiagnosticInfo> diagnostics)
    {
        var lines = text.Lines;
        var positions = new PositionCursor(text.Utf8, text.Length);
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(text.Utf8, 0, text.Length), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MalformedJson, lines.Locate(0, 0), "the file is empty; a seed file is a JSON object such as { \"people\": [] }"));
                return null;
            }

            var tree = ReadValue(ref reader, new ReadState(lines, positions, diagnostics));
            if (reader.Read())
            {
                var at = positions.CharOffset((int)reader.TokenStartIndex);
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MalformedJson, lines.Locate(at, 1), "there is more text after the end of the top-level value; remove it"));
                return null;
            }

            return tree;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0);
            var column = (int)(ex.BytePositionInLine ?? 0);
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MalformedJson, LocateLineColumn(text, line, column), Clean(ex.Message)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // Thrown by GetString for escapes that decode to invalid UTF-16: a lone surrogate. Such a
            // string is not text (UTF-8, the library's encoding, cannot even hold it), so it is refused.
            var at = positions.CharOffset((int)reader.TokenStartIndex);
            var escape = LoneSurrogateEscape(reader.ValueSpan);
            var message = escape is null
                ? Clean(ex.Message)
                : $"the string escapes a lone surrogate ({escape}), half of a UTF-16 pair, which is not a character; write the character itself, or both halves of its pair (\\uD835\\uDD38 for 𝔸)";
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MalformedJson, lines.Locate(at, 1), message));
            return null;
        }
    }

    /// <summary>The first \uXXXX escape in a raw JSON string that is a surrogate without its partner, or null.</summary>
    private static string? LoneSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        var expectLow = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var unit = raw[i] == '\\' && i + 5 < raw.Length && raw[i + 1] == 'u' ? HexUnit(raw.Slice(i + 2, 4)) : -1;
            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (expectLow && !isLow)
            {
                return Escape(raw, i - 6);
            }

            if (isLow && !expectLow)
            {
                return Escape(raw, i);
            }

            expectLow = isHigh;
            if (raw[i] == '\\')
            {
                i += unit >= 0 ? 5 : 1; // skip the whole escape, so an escaped backslash is not read as the start of one
            }
        }

        return expectLow ? Escape(raw, raw.Length - 6) : null;

        static string Escape(ReadOnlySpan<byte> raw, int start) => Encoding.ASCII.GetString(raw.Slice(start, 6).ToArray());
    }

    private static int HexUnit(ReadOnlySpan<byte> hex)
    {
        var value = 0;
        foreach (var b in hex)
        {
            var digit = b is >= (byte)'0' and <= (byte)'9' ? b - '0' : b is >= (byte)'a' and <= (byte)'f' ? b - 'a' + 10 : b is >= (byte)'A' and <= (byte)'F' ? b - 'A' + 10 : -1;
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, ReadState state)
    {
        var positions = state.Positions;
        var start = positions.CharOffset((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var members = new List<JsonMember>();
                HashSet<string>? names = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameStart = positions.CharOffset((int)reader.TokenStartIndex);
                    var name = state.Intern(reader.GetString()!);
                    var nameSpan = new SeedSpan(state.Lines, nameStart, positions.CharOffset((int)reader.BytesConsumed) - nameStart);
                    reader.Read();
                    var value = ReadValue(ref reader, state);
                    if (HasMember(members, ref names, name))
                    {
                        state.Diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateProperty, nameSpan.ToLocationInfo(), name));
                        continue;
                    }

                    members.Add(new JsonMember(name, nameSpan, value));
                }

                return Node(JsonTreeKind.Object, null, members.ToEquatableArray(), EquatableArray<JsonTree>.Empty, End(ref reader, positions));
            }

            case JsonTokenType.StartArray:
            {
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, state));
                }

                return Node(JsonTreeKind.Array, null, EquatableArray<JsonMember>.Empty, items.ToEquatableArray(), End(ref reader, positions));
            }

            case JsonTokenType.String:
                return Node(JsonTreeKind.String, state.Intern(reader.GetString()!), EquatableArray<JsonMember>.Empty, EquatableArray<JsonTree>.Empty, End(ref reader, positions));
            case JsonTokenType.Number:
                return Node(JsonTreeKind.Number, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), EquatableArray<JsonMember>.Empty, EquatableArray<JsonTree>.Empty, End(ref reader, positions));
            case JsonTokenType.True:
                return Node(JsonTreeKind.True, "true", EquatableArray<JsonMember>.Empty, EquatableArray<JsonTree>.Empty, End(ref reader, positions));
            case JsonTokenType.False:
                return Node(JsonTreeKind.False, "false", EquatableArray<JsonMember>.Empty, EquatableArray<JsonTree>.Empty, End(ref reader, positions));
            default:
                return Node(JsonTreeKind.Null, null, EquatableArray<JsonMember>.Empty, EquatableArray<JsonTree>.Empty, End(ref reader, positions));
        }

        JsonTree Node(JsonTreeKind kind, string? text, EquatableArray<JsonMember> members, EquatableArray<JsonTree> items, int end) =>
            new(kind, text, members, items, new SeedSpan(state.Lines, start, Math.Max(0, end - start)));
    }

    /// <summary>
    /// Whether an object already has a property of this name. A scan while the object is small (seed
    /// objects have a dozen properties at most, and a set for each was a million allocations at 100,000
    /// events), then a set, so that an object with a huge number of properties stays linear.
    /// </summary>
    private static bool HasMember(List<JsonMember> members, ref HashSet<string>? names, string name)
    {
        const int ScanLimit = 16;
        if (names is null && members.Count >= ScanLimit)
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                names.Add(member.Name);
            }
        }

        if (names is not null)
        {
            return !names.Add(name);
        }

        foreach (var member in members)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int End(ref Utf8JsonReader reader, PositionCursor positions) => positions.CharOffset((int)reader.BytesConsumed);

    /// <summary>Where System.Text.Json's line (counted in line feeds) and byte column fall, as a character offset.</summary>
    private static LocationInfo LocateLineColumn(SeedFileText text, int line, int byteColumn)
    {
        var bytes = new ReadOnlySpan<byte>(text.Utf8, 0, text.Length);
        var lineStart = 0;
        for (var i = 0; i < line && lineStart < bytes.Length; i++)
        {
            var next = bytes.Slice(lineStart).IndexOf((byte)'\n');
            lineStart = next < 0 ? bytes.Length : lineStart + next + 1;
        }

        var lineLength = bytes.Slice(lineStart).IndexOf((byte)'\n');
        var at = lineStart + Math.Min(byteColumn, lineLength < 0 ? bytes.Length - lineStart : lineLength);
        return text.Lines.Locate(new PositionCursor(text.Utf8, text.Length).CharOffset(at), 0);
    }

    // System.Text.Json ends its messages with its own position; ours is in the location.
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message.Substring(0, cut)).Trim();
    }

    /// <summary>What reading one file carries along: its line map, the byte-to-character cursor, the diagnostics, and one copy of each text.</summary>
    private sealed class ReadState
    {
        // Ids, enum words and references repeat throughout a seed file (at 100,000 events the seeds hold
        // 3.5 million string values, 350,000 of them distinct), and the compiler keeps every file's parse
        // for as long as it compiles: each file's parse keeps one copy of each text.
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public ReadState(LineMap lines, PositionCursor positions, List<DiagnosticInfo> diagnostics)
        {
            Lines = lines;
            Positions = positions;
            Diagnostics = diagnostics;
        }

        public LineMap Lines { get; }

        public PositionCursor Positions { get; }

        public List<DiagnosticInfo> Diagnostics { get; }

        public string Intern(string text)
        {
            if (_texts.TryGetValue(text, out var kept))
            {
                return kept;
            }

            _texts.Add(text, text);
            return text;
        }
    }

    /// <summary>Converts increasing UTF-8 byte offsets into UTF-16 character offsets in one forward pass.</summary>
    private sealed class PositionCursor
    {
        private readonly byte[] _bytes;
        private readonly int _length;
        private int _byte;
        private int _char;

        public PositionCursor(byte[] bytes, int length)
        {
            _bytes = bytes;
            _length = length;
        }

        public int CharOffset(int byteOffset)
        {
            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = 0;
            }

            for (; _byte < byteOffset && _byte < _length; _byte++)
            {
                var b = _bytes[_byte];
                if ((b & 0xC0) != 0x80)
                {
                    _char += (b & 0xF8) == 0xF0 ? 2 : 1;
                }
            }

            return _char;
        }
    }
}
