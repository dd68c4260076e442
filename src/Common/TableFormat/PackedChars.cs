namespace DiplomacyData;

/// <summary>
/// How a packed table's bytes are written as a string literal: 14 bits per character, least significant
/// bits first, as the characters U+4E00 to U+8DFF (CJK ideographs: every one assigned, printable,
/// left-to-right, nothing to escape in C#). The generator compiles this file too (it writes with
/// <see cref="FromBytes"/>, the library reads with a <see cref="Reader"/>), so the two can never disagree.
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
                    _pending |= (_text[_next++] - FirstChar) << _pendingBits;
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
}
