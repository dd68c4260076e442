using System.IO;
using System.Reflection;

namespace DiplomacyData.Explorer.Report;

/// <summary>The style sheet and script every page loads, kept as real files in Report/Assets and embedded in the explorer.</summary>
internal static class SiteAssets
{
    public static readonly (string SitePath, string Resource)[] All =
    {
        (SitePaths.StyleSheet, "DiplomacyData.Explorer.Report.Assets.site.css"),
        (SitePaths.Script, "DiplomacyData.Explorer.Report.Assets.filter.js"),
    };

    public static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException($"The explorer was built without its embedded {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
