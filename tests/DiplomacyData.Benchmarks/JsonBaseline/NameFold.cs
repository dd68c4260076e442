using System.Globalization;
using System.Text;

namespace DiplomacyData.JsonBaseline;

/// <summary>The name comparison every baseline uses, so that they all find the same records.</summary>
public static class NameFold
{
    /// <summary>Case, diacritics, spaces and punctuation ignored, the way most code does it: Unicode decomposition.</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
