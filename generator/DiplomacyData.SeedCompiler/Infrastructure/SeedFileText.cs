using System;
using System.Runtime.CompilerServices;
using System.Text;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Infrastructure;

/// <summary>
/// A seed file as the parser reads it: its UTF-8 bytes, its line map and the hash of its content,
/// taken from the compiler's text a few thousand characters at a time. The file never becomes one
/// string: a 57 KB article file was a 114 KB string, on the large object heap, and the 2,000 of them
/// in a 100,000-event build kept pushing the compiler into full garbage collections.
/// </summary>
internal sealed class SeedFileText
{
    private const int ChunkChars = 4096;

    private SeedFileText(byte[] utf8, int length, LineMap lines, string hash)
    {
        Utf8 = utf8;
        Length = length;
        Lines = lines;
        Hash = hash;
    }

    /// <summary>The text in UTF-8; only the first <see cref="Length"/> bytes are the file.</summary>
    public byte[] Utf8 { get; }

    public int Length { get; }

    public LineMap Lines { get; }

    /// <summary>SHA-256 of the UTF-8 text with CRLF line endings made LF (see <see cref="Hashing"/>).</summary>
    public string Hash { get; }

    public static SeedFileText From(string path, string text) => From(path, text.Length, text.CopyTo);

    /// <summary>Reads a text of <paramref name="textLength"/> characters through <paramref name="copyTo"/>, which copies (source index, destination, destination index, count) as <see cref="string.CopyTo"/> does.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static SeedFileText From(string path, int textLength, Action<int, char[], int, int> copyTo)
    {
        var encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        var chars = new char[ChunkChars];
        var bytes = new byte[Math.Max(16, textLength + (textLength / 4))];
        var length = 0;
        var lines = new LineStarts();
        for (var start = 0; start < textLength; start += ChunkChars)
        {
            var count = Math.Min(ChunkChars, textLength - start);
            copyTo(start, chars, 0, count);
            lines.Add(chars, count, start);
            var last = start + count == textLength;
            var needed = (count + 1) * 3; // UTF-8's most per UTF-16 unit, and a surrogate held over from the last piece
            if (length + needed > bytes.Length)
            {
                Array.Resize(ref bytes, Math.Max(bytes.Length * 2, length + needed));
            }

            length += encoder.GetBytes(chars, 0, count, bytes, length, flush: last);
        }

        return new SeedFileText(bytes, length, new LineMap(path, lines.ToArray()), Hashing.Sha256Hex(bytes, length));
    }
}
