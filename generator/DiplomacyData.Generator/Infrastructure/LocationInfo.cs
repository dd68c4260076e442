using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generator.Infrastructure;

/// <summary>
/// A position inside a seed or source file, kept as plain values so that pipeline models never
/// hold a Roslyn <see cref="Location"/> (which would defeat incremental caching).
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The whole-file location used when nothing more precise is known.</summary>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
