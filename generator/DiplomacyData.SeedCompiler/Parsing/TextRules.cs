using System.Runtime.CompilerServices;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Parsing;

/// <summary>Character rules every string in a seed must follow.</summary>
internal static class TextRules
{
    /// <summary>
    /// Finds a character that is invisible or reorders text (the "Trojan Source" family), or that
    /// renders as nothing while counting as a letter (the Hangul fillers of invisible-identifier
    /// attacks) or hides text from readers (the tag characters of hidden-prompt attacks), any of which
    /// would let a seed read one way in review and mean another. Returns the code point and its name.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool TryFindHiddenCharacter(string text, out int codePoint, out string name)
    {
        for (var i = 0; i < text.Length; i++)
        {
            codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[i + 1])
                : text[i];
            name = HiddenCharacterName(codePoint);
            if (name.Length > 0)
            {
                return true;
            }

            if (codePoint > 0xFFFF)
            {
                i++;
            }
        }

        codePoint = 0;
        name = "";
        return false;
    }

    /// <summary>The name of a character <see cref="TryFindHiddenCharacter"/> finds, or "" for any other (the report site shows these by name too).</summary>
    public static string HiddenCharacterName(int codePoint) => codePoint switch
    {
        0x00AD => "SOFT HYPHEN",
        0x034F => "COMBINING GRAPHEME JOINER",
        0x061C => "ARABIC LETTER MARK",
        0x115F or 0x1160 or 0x3164 or 0xFFA0 => "HANGUL FILLER",
        0x180E => "MONGOLIAN VOWEL SEPARATOR",
        0x200B => "ZERO WIDTH SPACE",
        0x200C => "ZERO WIDTH NON-JOINER",
        0x200D => "ZERO WIDTH JOINER",
        0x200E => "LEFT-TO-RIGHT MARK",
        0x200F => "RIGHT-TO-LEFT MARK",
        0x202A => "LEFT-TO-RIGHT EMBEDDING",
        0x202B => "RIGHT-TO-LEFT EMBEDDING",
        0x202C => "POP DIRECTIONAL FORMATTING",
        0x202D => "LEFT-TO-RIGHT OVERRIDE",
        0x202E => "RIGHT-TO-LEFT OVERRIDE",
        0x2060 => "WORD JOINER",
        0x2061 or 0x2062 or 0x2063 or 0x2064 => "INVISIBLE OPERATOR",
        0x2066 => "LEFT-TO-RIGHT ISOLATE",
        0x2067 => "RIGHT-TO-LEFT ISOLATE",
        0x2068 => "FIRST STRONG ISOLATE",
        0x2069 => "POP DIRECTIONAL ISOLATE",
        0xFEFF => "ZERO WIDTH NO-BREAK SPACE",
        >= 0xE0000 and <= 0xE007F => "TAG CHARACTER",
        _ => "",
    };

    /// <summary>True when the text breaks a line anywhere, by any of the line terminators C# or Unicode know.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool HasLineBreak(string text)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\u000B' or '\u000C')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text up to the end of its <paramref name="words"/>-th word (words are runs of non-whitespace),
    /// exactly as written; the whole text when it has no more words than that.
    /// </summary>
    public static string OpeningWords(string text, int words)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var endsWord = !char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            if (endsWord && ++seen == words)
            {
                return text.Substring(0, i + 1);
            }
        }

        return text;
    }

    /// <summary>The id rule: lower-case words of letters and digits joined by single dashes, starting with a letter.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || id[0] is < 'a' or > 'z' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
