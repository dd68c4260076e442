namespace DiplomacyData;

/// <summary>
/// How a packed table's bytes are written as a string literal: 14 bits per character, least significant
/// bits first, as the characters U+4E00 to U+8DFF (CJK ideographs: every one assigned, printable,
/// left-to-right, nothing to escape in C#). The generator compiles this file too (it writes with
/// <see cref="FromBytes"/>, the library reads with <see cref="ToBytes"/>), so the two can never disagree.
/// </summary>
internal static class PackedChars
{
    public const char FirstChar = '\u4E00';
    public const int BitsPerChar = 14;

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
                chars[next++] = (char)(FirstChar + (pending & ((1 << BitsPerChar) - 1)));
                pending >>= BitsPerChar;
                pendingBits -= BitsPerChar;
            }
        }

        if (pendingBits > 0)
        {
            chars[next] = (char)(FirstChar + pending);
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
            pending |= (c - FirstChar) << pendingBits;
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
}
