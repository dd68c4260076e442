namespace DiplomacyData;

/// <summary>
/// How a packed table's bytes are written as a string literal: 15 bits per character, least significant
/// bits first, each 15-bit value as a letter of three ranges: CJK Unified Ideographs (U+4E00 to U+9FFF),
/// then CJK Extension A (U+3400 to U+4DBF), then the first Hangul syllables (U+AC00 to U+C03F). Every one
/// is assigned, printable, left-to-right and needs no escaping in C#; no single range of such letters has
/// the 32,768 a fifteenth bit needs. The generator compiles this file too (it writes with
/// <see cref="FromBytes"/>, the library reads with <see cref="ToBytes"/>), so the two can never disagree.
/// </summary>
/// <remarks>
/// Fifteen bits rather than fourteen: the user-string heap's 16 MiB is what limits how much of a large
/// dataset is packed, and every table that does not fit stays UTF-8 literals, which the compiler lowers
/// byte by byte. At 100,000 events the fifteenth bit packs about 1.9 MB more of them.
/// </remarks>
internal static class PackedChars
{
    public const int BitsPerChar = 15;

    /// <summary>The ranges the values map to, in order: each range's first character and how many it holds.</summary>
    private static readonly (char First, int Count)[] Ranges = { ('\u4E00', 0x5200), ('\u3400', 0x19C0), ('\uAC00', 0x1440) };

    /// <summary>The bytes as characters; the last character is padded with zero bits.</summary>
    public static string FromBytes(byte[] bytes)
    {
        var chars = new char[((bytes.Length * 8) + BitsPerChar - 1) / BitsPerChar];
        var pending = 0;
        var pendingBits = 0;
        var next = 0;
        foreach (var b in bytes)
        {
            pending |= b << pendingBits;
            pendingBits += 8;
            if (pendingBits >= BitsPerChar)
            {
                chars[next++] = ToChar(pending & ((1 << BitsPerChar) - 1));
                pending >>= BitsPerChar;
                pendingBits -= BitsPerChar;
            }
        }

        if (pendingBits > 0)
        {
            chars[next] = ToChar(pending);
        }

        return new string(chars);
    }

    /// <summary>The bytes behind the characters (the padding bits of the last character dropped).</summary>
    public static byte[] ToBytes(string text)
    {
        var bytes = new byte[text.Length * BitsPerChar / 8];
        var pending = 0;
        var pendingBits = 0;
        var next = 0;
        foreach (var c in text)
        {
            pending |= ToValue(c) << pendingBits;
            pendingBits += BitsPerChar;
            while (pendingBits >= 8 && next < bytes.Length)
            {
                bytes[next++] = (byte)pending;
                pending >>= 8;
                pendingBits -= 8;
            }
        }

        return bytes;
    }

    /// <summary>Whether the character is one that <see cref="FromBytes"/> writes.</summary>
    public static bool IsPackedChar(char c)
    {
        foreach (var (first, count) in Ranges)
        {
            if (c >= first && c - first < count)
            {
                return true;
            }
        }

        return false;
    }

    private static char ToChar(int value)
    {
        foreach (var (first, count) in Ranges)
        {
            if (value < count)
            {
                return (char)(first + value);
            }

            value -= count;
        }

        throw new System.ArgumentOutOfRangeException(nameof(value));
    }

    private static int ToValue(char c)
    {
        var before = 0;
        foreach (var (first, count) in Ranges)
        {
            if (c >= first && c - first < count)
            {
                return before + (c - first);
            }

            before += count;
        }

        throw new System.IO.InvalidDataException($"U+{(int)c:X4} is not a character of a packed table.");
    }
}
