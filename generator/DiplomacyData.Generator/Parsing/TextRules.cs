namespace DiplomacyData.Generator.Parsing;

/// <summary>Character rules every string in a seed must follow.</summary>
internal static class TextRules
{
    /// <summary>
    /// Finds a character that is invisible or reorders text (the "Trojan Source" family), which
    /// would let a seed read one way in review and compile to another.
    /// </summary>
    public static bool TryFindHiddenCharacter(string text, out char character, out string name)
    {
        foreach (var c in text)
        {
            name = c switch
            {
                '\u061C' => "ARABIC LETTER MARK",
                '\u00AD' => "SOFT HYPHEN",
                '\u180E' => "MONGOLIAN VOWEL SEPARATOR",
                '\u200B' => "ZERO WIDTH SPACE",
                '\u200C' => "ZERO WIDTH NON-JOINER",
                '\u200D' => "ZERO WIDTH JOINER",
                '\u200E' => "LEFT-TO-RIGHT MARK",
                '\u200F' => "RIGHT-TO-LEFT MARK",
                '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
                '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
                '\u202C' => "POP DIRECTIONAL FORMATTING",
                '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
                '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
                '\u2060' => "WORD JOINER",
                '\u2061' or '\u2062' or '\u2063' or '\u2064' => "INVISIBLE OPERATOR",
                '\u2066' => "LEFT-TO-RIGHT ISOLATE",
                '\u2067' => "RIGHT-TO-LEFT ISOLATE",
                '\u2068' => "FIRST STRONG ISOLATE",
                '\u2069' => "POP DIRECTIONAL ISOLATE",
                '\uFEFF' => "ZERO WIDTH NO-BREAK SPACE",
                _ => "",
            };
            if (name.Length > 0)
            {
                character = c;
                return true;
            }
        }

        character = '\0';
        name = "";
        return false;
    }

    /// <summary>True when the text breaks a line anywhere, by any of the line terminators C# or Unicode know.</summary>
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
