namespace DiplomacyData.SeedCompiler.Diagnostics;

/// <summary>
/// A position inside a seed or source file, kept as plain values (no Roslyn <c>Location</c>, which
/// would defeat the generator's incremental caching). Lines and columns count from 0, as Roslyn's do.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The whole-file location used when nothing more precise is known.</summary>
    public static LocationInfo StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}
