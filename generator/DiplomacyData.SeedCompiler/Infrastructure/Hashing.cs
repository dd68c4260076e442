using System;
using System.Security.Cryptography;
using System.Text;

namespace DiplomacyData.SeedCompiler.Infrastructure;

internal static class Hashing
{
    /// <summary>SHA-256 of the text as UTF-8 with line endings made LF, so CRLF checkouts hash the same.</summary>
    public static string Sha256Hex(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Sha256Hex(bytes, bytes.Length);
    }

    /// <summary>The same hash of text already in UTF-8 (the first <paramref name="length"/> bytes).</summary>
    public static string Sha256Hex(byte[] utf8, int length)
    {
        var returns = CarriageReturnsBeforeLineFeeds(utf8, length);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(returns == 0 ? utf8 : WithoutCarriageReturnsBeforeLineFeeds(utf8, length, returns), 0, length - returns);
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static int CarriageReturnsBeforeLineFeeds(byte[] utf8, int length)
    {
        var count = 0;
        var text = new ReadOnlySpan<byte>(utf8, 0, length);
        for (var i = text.IndexOf((byte)'\r'); i >= 0 && i + 1 < length;)
        {
            if (utf8[i + 1] == '\n')
            {
                count++;
            }

            var next = text.Slice(i + 1).IndexOf((byte)'\r');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return count;
    }

    /// <summary>A copy without the CR of each CRLF (0x0D and 0x0A never occur inside a UTF-8 sequence).</summary>
    private static byte[] WithoutCarriageReturnsBeforeLineFeeds(byte[] utf8, int length, int returns)
    {
        var copy = new byte[length - returns];
        var next = 0;
        for (var i = 0; i < length; i++)
        {
            if (!(utf8[i] == '\r' && i + 1 < length && utf8[i + 1] == '\n'))
            {
                copy[next++] = utf8[i];
            }
        }

        return copy;
    }
}
