namespace DiplomacyData;

/// <summary>
/// How a packed table's bytes are written as a string literal: 15 bits per character, least significant
/// bits first, each 15-bit value as a letter of three ranges: CJK Unified Ideographs (U+4E00 to U+9FFF),
/// then CJK Extension A (U+3400 to U+4DBF), then the first Hangul syllables (U+AC00 to U+C03F). Every one
/// is assigned, printable, left-to-right and needs no escaping in C#; no single range of such letters has
/// the 32,768 a fifteenth bit needs. The generator compiles this file too (it writes with
/// <see cref="FromBytes"/>, the library reads with a <see cref="Reader"/>), so the two can never disagree.
/// </summary>
/// <remarks>
/// Fifteen bits rather than fourteen: the user-string heap's 16 MiB is what limits how much of a large
/// dataset is packed, and every table that does not fit stays UTF-8 literals, which the compiler lowers
/// byte by byte. At 100,000 events the fifteenth bit packs about 1.9 MB more of them.
/// </remarks>
internal static class PackedChars
{
    public const int BitsPerChar = 15;

    // The three ranges the values map to, in order: each range's first character and how many it holds.
    private const char IdeographsFirst = '\u4E00';
    private const int IdeographsCount = 0x5200;
    private const char ExtensionAFirst = '\u3400';
    private const int ExtensionACount = 0x19C0;
    private const char HangulFirst = '\uAC00';
    private const int HangulCount = 0x1440;

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

    /// <summary>
    /// Reads the bytes behind the characters a piece at a time, into the caller's buffer (the padding bits of
    /// the last character dropped). The library inflates a packed chunk straight from its string through one:
    /// a whole copy of the compressed bytes first would be garbage as large as the packed table.
    /// </summary>
    internal sealed class Reader
    {
        private readonly string _text;
        private int _next;
        private int _pending;
        private int _pendingBits;
        private int _bytesLeft;

        public Reader(string text)
        {
            _text = text;
            _bytesLeft = text.Length * BitsPerChar / 8;
        }

        /// <summary>Writes up to <paramref name="count"/> bytes from <paramref name="offset"/>; returns how many, 0 once all are read.</summary>
        [System.Runtime.CompilerServices.MethodImpl(TableFormat.HotPath.Optimize)]
        public int Read(byte[] buffer, int offset, int count)
        {
            var end = offset + (count < _bytesLeft ? count : _bytesLeft);
            var next = offset;
            while (next < end)
            {
                if (_pendingBits < 8)
                {
                    _pending |= ToValue(_text[_next++]) << _pendingBits;
                    _pendingBits += BitsPerChar;
                }

                buffer[next++] = (byte)_pending;
                _pending >>= 8;
                _pendingBits -= 8;
            }

            _bytesLeft -= next - offset;
            return next - offset;
        }
    }

    /// <summary>Whether the character is one that <see cref="FromBytes"/> writes.</summary>
    public static bool IsPackedChar(char c) => ToValueOrMinus1(c) >= 0;

    private static char ToChar(int value) =>
        value < IdeographsCount ? (char)(IdeographsFirst + value)
        : value < IdeographsCount + ExtensionACount ? (char)(ExtensionAFirst + (value - IdeographsCount))
        : (char)(HangulFirst + (value - IdeographsCount - ExtensionACount));

    // Called for every character of a chunk as it is inflated: range tests rather than a loop over a table, and
    // the throw in a method of its own, so that this one stays small enough to inline.
    private static int ToValue(char c)
    {
        var value = ToValueOrMinus1(c);
        return value >= 0 ? value : NotPacked(c);
    }

    private static int NotPacked(char c) => throw new System.IO.InvalidDataException($"U+{(int)c:X4} is not a character of a packed table.");

    private static int ToValueOrMinus1(char c) =>
        (uint)(c - IdeographsFirst) < IdeographsCount ? c - IdeographsFirst
        : (uint)(c - ExtensionAFirst) < ExtensionACount ? IdeographsCount + (c - ExtensionAFirst)
        : (uint)(c - HangulFirst) < HangulCount ? IdeographsCount + ExtensionACount + (c - HangulFirst)
        : -1;
}
