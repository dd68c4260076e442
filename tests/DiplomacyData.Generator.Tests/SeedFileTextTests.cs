using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using DiplomacyData.SeedCompiler.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DiplomacyData.Generator.Tests;

/// <summary>
/// SeedFileText reads the compiler's text a few thousand characters at a time; what it gives must not
/// depend on where those pieces end: a CRLF, a surrogate pair or a multi-byte character split across two.
/// </summary>
public sealed class SeedFileTextTests
{
    private static readonly Gen<string> Texts = Gen.Frequency(
        (3, Gen.Char["ab\r\n\u00E0\u1EA1\u20AC"]),
        (1, Gen.Const('\uD835')),
        (1, Gen.Const('\uDD38')),
        (1, Gen.Char)).Array[0, 9000].Select(chars => new string(chars));

    [Fact]
    public void Bytes_lines_and_hash_are_those_of_the_whole_text()
    {
        Texts.Sample(text =>
        {
            var read = SeedFileText.From("/seeds/x.json", text.Length, SourceText.From(text).CopyTo);

            Assert.Equal(Encoding.UTF8.GetBytes(text), read.Utf8.Take(read.Length).ToArray());
            Assert.Equal(new LineMap("/seeds/x.json", ExpectedLineStarts(text)), read.Lines);
            Assert.Equal(Hashing.Sha256Hex(text), read.Hash);
        }, iter: 300);
    }

    [Fact]
    public void The_hash_ignores_crlf_but_not_a_lone_carriage_return()
    {
        Assert.Equal(Hashing.Sha256Hex("a\nb\n"), SeedFileText.From("/x", "a\r\nb\r\n").Hash);
        Assert.NotEqual(Hashing.Sha256Hex("a\nb"), SeedFileText.From("/x", "a\rb").Hash);

        // Only the CR of each CRLF goes: checked against SHA-256 of the expected bytes, computed here.
        var expected = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("\ra\r\nb\n\r"))).ToLowerInvariant();
        Assert.Equal(expected, SeedFileText.From("/x", "\ra\r\r\nb\r\n\r").Hash);
    }

    /// <summary>The rule written plainly over the whole string: a line starts at 0, after LF, and after a CR not followed by LF.</summary>
    private static int[] ExpectedLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
