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
