using System.Security.Cryptography;
using System.Text;

namespace DiplomacyData.Generator.Infrastructure;

internal static class Hashing
{
    /// <summary>SHA-256 of the text as UTF-8 with line endings made LF, so CRLF checkouts hash the same.</summary>
    public static string Sha256Hex(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
