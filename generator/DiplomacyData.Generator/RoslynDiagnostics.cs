using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generator;

/// <summary>
/// The seed compiler's diagnostics as Roslyn reports them: one <see cref="DiagnosticDescriptor"/> per
/// entry of <see cref="SeedDiagnostics"/>, made once, with its description and its help link, so an
/// IDE's lightbulb leads to the section of Diagnostics.md that explains it.
/// </summary>
internal static class RoslynDiagnostics
{
    private const string Category = "DiplomacyData.Seeds";

    // The ids are compile-time constants in SeedDiagnostics and listed in AnalyzerReleases.*.md, which a
    // test compares with the catalogue; Roslyn's analyzers cannot see through this table, hence RS1017.
#pragma warning disable RS1017, RS2008
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = SeedDiagnostics.All.ToDictionary(
        d => d.Id,
        d => new DiagnosticDescriptor(d.Id, d.Title, d.MessageFormat, Category, Severity(d.Severity), isEnabledByDefault: true, d.Description, d.HelpLink));
#pragma warning restore RS1017, RS2008

    public static DiagnosticDescriptor Descriptor(SeedDiagnosticDescriptor descriptor) => ById[descriptor.Id];

    public static Diagnostic ToDiagnostic(this SeedDiagnostic diagnostic) =>
        Diagnostic.Create(Descriptor(diagnostic.Descriptor), diagnostic.Location is { } location ? ToLocation(location) : Location.None, diagnostic.MessageArgs.Cast<object>().ToArray());

    private static Location ToLocation(LocationInfo location) =>
        Location.Create(
            location.FilePath,
            new TextSpan(location.Start, location.Length),
            new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));

    private static DiagnosticSeverity Severity(SeedSeverity severity) => severity switch
    {
        SeedSeverity.Error => DiagnosticSeverity.Error,
        SeedSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
