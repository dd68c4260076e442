using DiplomacyData.Generator.Infrastructure;

namespace DiplomacyData.Generator.Parsing;

/// <summary>What one seed JSON file contributes: its records and the problems found in it alone.</summary>
internal sealed record SeedFile(string RelativePath, string ContentHash, EquatableArray<SeedRecord> Records, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One source article's text, as the quotes are checked against it.</summary>
internal sealed record SourceDocument(string RelativePath, string FilePath, string Text, string ContentHash);
