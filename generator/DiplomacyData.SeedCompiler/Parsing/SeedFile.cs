using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;

namespace DiplomacyData.SeedCompiler.Parsing;

/// <summary>What one seed JSON file contributes: its records and the problems found in it alone.</summary>
internal sealed record SeedFile(string RelativePath, string ContentHash, EquatableArray<SeedRecord> Records, EquatableArray<SeedDiagnostic> Diagnostics)
{
    /// <summary>A file that could not be read or parsed at all: no records, and a DD0019 that says what failed.</summary>
    public static SeedFile Failed(string path, string relativePath, string activity, string message) =>
        new(relativePath, "", EquatableArray<SeedRecord>.Empty,
            new[] { SeedDiagnostic.Create(SeedDiagnostics.InternalError, LocationInfo.StartOf(path), activity, message) }.ToEquatableArray());
}

/// <summary>One source article's text, as the quotes are checked against it.</summary>
internal sealed record SourceDocument(string RelativePath, string FilePath, string Text, string ContentHash);
