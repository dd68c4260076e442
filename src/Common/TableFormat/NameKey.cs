using System.Text;

namespace DiplomacyData.Querying;

/// <summary>
/// Folds a name to a lookup key that ignores case, diacritics, spaces and punctuation, so that
/// "Hà Nội", "Ha Noi" and "hanoi" meet. It uses its own table rather than Unicode normalization,
/// because <c>string.Normalize</c> does nothing in globalization-invariant mode (NativeAOT, containers).
/// The generator compiles this file too and files every name under its folded key at build time.
/// </summary>
internal static class NameKey
{
    // One entry per code point from U+00C0 to U+024F (Latin-1 Supplement letters, Latin Extended-A and -B):
    // the base letter, or '.' for a character that stays as it is. Made from Unicode's canonical
    // decompositions (first code point of NFD), with the letters that have none (đ, ø, ł) added by hand.
    private const string LatinExtended =
        "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y"
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll."
        + ".llnnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz."
        + "................................oo.............uu..............."
        + ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...."
        + "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............"
        + "................";

    // The same for U+1E00 to U+1EFF (Latin Extended Additional), where most Vietnamese letters live.
    private const string LatinExtendedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
        + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
        + "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
        + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded != '\0')
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    /// <summary>The character's folded form, or '\0' when the character is dropped (spaces, punctuation, combining marks).</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
        }

        if (c is >= '\u0300' and <= '\u036F')
        {
            return '\0'; // a combining mark of text that arrived decomposed
        }

        var mapped = c switch
        {
            >= '\u00C0' and <= '\u024F' => LatinExtended[c - 0xC0],
            >= '\u1E00' and <= '\u1EFF' => LatinExtendedAdditional[c - 0x1E00],
            _ => '.',
        };
        if (mapped != '.')
        {
            return mapped;
        }

        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }
}
