using System.Text;

namespace DiplomacyData.TableFormat;

/// <summary>
/// How a seed word in kebab case and a .NET name in Pascal case map to each other: ids become typed
/// handles (<c>defence-policy-dialogue-4</c> is <c>DefencePolicyDialogue4</c>) and enum words become
/// members (<c>delegation-head</c> is <c>DelegationHead</c>), and exports spell members as seeds do.
/// </summary>
internal static class SeedNaming
{
    /// <summary>Each word between dashes with its first letter upper case, the rest as written.</summary>
    public static string ToPascal(string kebab)
    {
        var builder = new StringBuilder(kebab.Length);
        foreach (var word in kebab.Split('-'))
        {
            if (word.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
        }

        return builder.ToString();
    }

    /// <summary>The runtime enum member for a seed enum word; upper-case words (PLOVER's <c>AGREE</c>) become <c>Agree</c>.</summary>
    public static string EnumMember(string seedWord) => ToPascal(seedWord.ToLowerInvariant());

    /// <summary>A dash before every upper-case letter but the first, then all lower case.</summary>
    public static string ToKebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
