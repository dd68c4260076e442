using System.Text;
using DiplomacyData.SeedCompiler.Linking;

namespace DiplomacyData.Explorer.Report;

/// <summary>A sentence's status as a word and an icon as well as a colour, so it reads without colour too.</summary>
internal static class StatusMarkup
{
    /// <summary>The class and <c>data-status</c> value the style sheet and the filter script key on.</summary>
    public static string Key(SentenceStatus status) => status switch
    {
        SentenceStatus.Cited => "cited",
        SentenceStatus.Excluded => "excluded",
        _ => "unaccounted",
    };

    public static string Words(SentenceStatus status) => status switch
    {
        SentenceStatus.Cited => "cited",
        SentenceStatus.Excluded => "excluded",
        _ => "not accounted for",
    };

    private static string Icon(SentenceStatus status) => status switch
    {
        SentenceStatus.Cited => "✓",
        SentenceStatus.Excluded => "⊘",
        _ => "⚠",
    };

    public static StringBuilder AppendStatus(this StringBuilder html, SentenceStatus status) =>
        html.Append("<span class=\"status ").Append(Key(status)).Append("\"><span class=\"icon\" aria-hidden=\"true\">")
            .Append(Icon(status)).Append("</span> ").Append(Words(status)).Append("</span>");
}
