namespace DiplomacyData.Explorer.Report;

/// <summary>
/// Where each page of the site lives, and how one page links to another. Every page but the index sits one
/// folder down, so links are relative and the site works from any folder and from <c>file://</c>.
/// </summary>
internal static class SitePaths
{
    public const string Index = "index.html";
    public const string StyleSheet = "site.css";
    public const string Script = "filter.js";

    /// <summary>Marks a folder as a report, so <c>report</c> replaces it whole and never a folder that holds something else.</summary>
    public const string Marker = ".provenance-report";

    /// <summary>Ids are lower-case letters, digits and dashes (the seed compiler enforces it), so they are safe file names as they are.</summary>
    public static string Article(string sourceId) => "articles/" + sourceId + ".html";

    public static string Record(string id) => "records/" + id + ".html";

    public static string Kind(string jsonKey) => "kinds/" + jsonKey + ".html";

    /// <summary>The anchor of a sentence on its article page.</summary>
    public static string SentenceAnchor(int number) => "s" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The link from the page at <paramref name="from"/> to the site path <paramref name="to"/>.</summary>
    public static string Link(string from, string to) => from.Contains('/') ? "../" + to : to;
}
