using System;
using System.Text;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;

namespace DiplomacyData.SeedCompiler.Json;

/// <summary>Turns System.Text.Json's complaints about a seed file into a curator's location and message.</summary>
internal static class JsonSyntaxMessages
{
    /// <summary>Where System.Text.Json's line (counted in line feeds) and byte column fall in the file.</summary>
    public static LocationInfo Locate(SeedFileText text, int line, int byteColumn)
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
        return text.Lines.Locate(new Utf8PositionCursor(text.Utf8, text.Length).CharOffset(at), 0);
    }

    /// <summary>System.Text.Json ends its messages with its own position; ours is in the location.</summary>
    public static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message.Substring(0, cut)).Trim();
    }

    /// <summary>The first \uXXXX escape in a raw JSON string that is a surrogate without its partner, or null.</summary>
    public static string? LoneSurrogateEscape(ReadOnlySpan<byte> raw)
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
}
