using System.Text;

namespace DiplomacyData.Explorer.Report;

/// <summary>
/// The frame of every page: the head (its own style sheet and script, nothing from the network, and a
/// Content-Security-Policy that lets nothing else load or run even if a text got through unescaped), the
/// navigation, and the footer naming the seeds the site was made from.
/// </summary>
internal static class PageLayout
{
    /// <summary>Only the site's own files: no inline script or style, no frames, no forms, nothing remote.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

    /// <summary>The whole page at site path <paramref name="path"/>, with <paramref name="body"/> (markup) as its main content.</summary>
    public static string Page(string path, string title, string seedHash, StringBuilder body)
    {
        var html = new StringBuilder(body.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").AppendAttribute(ContentSecurityPolicy).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").AppendText(title).Append(" — DiplomacyData provenance</title>\n");
        html.Append("<link rel=\"stylesheet\" href=\"").AppendAttribute(SitePaths.Link(path, SitePaths.StyleSheet)).Append("\">\n");
        html.Append("<script src=\"").AppendAttribute(SitePaths.Link(path, SitePaths.Script)).Append("\" defer></script>\n");
        html.Append("</head>\n<body>\n<header class=\"site\"><nav>");
        html.Append("<a href=\"").AppendAttribute(SitePaths.Link(path, SitePaths.Index)).Append("\">Provenance report</a>");
        foreach (var (anchor, label) in new[] { ("articles", "Articles"), ("kinds", "Records"), ("conflicts", "Conflicts"), ("dates", "Inferred and bounded dates"), ("timeline", "Timeline") })
        {
            html.Append(" · <a href=\"").AppendAttribute(SitePaths.Link(path, SitePaths.Index) + "#" + anchor).Append("\">").AppendText(label).Append("</a>");
        }

        html.Append("</nav></header>\n<main>\n<h1>").AppendText(title).Append("</h1>\n");
        html.Append(body);
        html.Append("</main>\n<footer>Made by <code>report</code> from the seeds with hash <code>").AppendText(seedHash).Append("</code>.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }
}
