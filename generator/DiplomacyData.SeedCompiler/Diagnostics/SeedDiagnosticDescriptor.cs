namespace DiplomacyData.SeedCompiler.Diagnostics;

/// <summary>How serious a seed diagnostic is; the build fails on an error.</summary>
internal enum SeedSeverity
{
    /// <summary>Not a problem: a report, such as a source's sentence coverage.</summary>
    Info,

    /// <summary>A problem the build lets pass.</summary>
    Warning,

    /// <summary>A problem that fails the build.</summary>
    Error,
}

/// <summary>
/// One kind of seed diagnostic, without Roslyn types, so the same catalogue serves the generator, the
/// explorer's <c>validate</c> and the tests. The generator turns each into a Roslyn descriptor once.
/// </summary>
/// <param name="Id">The permanent id, <c>DD</c> and four digits.</param>
/// <param name="Title">A short title; also the heading of its section in Diagnostics.md.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style places for its arguments.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Description">A sentence or two on what it means, for an IDE's tooltip.</param>
internal sealed record SeedDiagnosticDescriptor(string Id, string Title, string MessageFormat, SeedSeverity Severity, string Description)
{
    /// <summary>The page that documents every diagnostic, relative to the repository root.</summary>
    public const string DocumentationPath = "generator/DiplomacyData.SeedCompiler/Diagnostics.md";

    /// <summary>Where this diagnostic is documented: its section of <see cref="DocumentationPath"/> (GitHub's heading anchor).</summary>
    public string HelpLink => DocumentationPath + "#" + HeadingAnchor(Id + ": " + Title);

    /// <summary>A heading's anchor as GitHub and most Markdown renderers make it: lower case, spaces to hyphens, punctuation dropped.</summary>
    public static string HeadingAnchor(string heading)
    {
        var anchor = new System.Text.StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }
}
