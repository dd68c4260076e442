using System;
using System.Collections.Generic;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>What every step of the link shares: the records by id, and the diagnostics in the order they were found.</summary>
internal sealed class LinkContext
{
    private readonly List<SeedDiagnostic> _diagnostics = new();

    /// <param name="recordCount">How many records the files hold, so the map of them is made at its size once
    /// rather than grown: at 100,000 events each growth left megabytes behind on the large object heap.</param>
    public LinkContext(int recordCount)
    {
        ById = new Dictionary<string, SeedRecord>(recordCount, StringComparer.Ordinal);
    }

    /// <summary>Every record with a unique id (the first of two that share one).</summary>
    public Dictionary<string, SeedRecord> ById { get; }

    public IReadOnlyList<SeedDiagnostic> Diagnostics => _diagnostics;

    public void Report(SeedDiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(SeedDiagnostic.Create(descriptor, location, args));

    /// <summary>A location as a message names it: "people.json(12,5)".</summary>
    public static string Describe(LocationInfo location) =>
        $"{System.IO.Path.GetFileName(location.FilePath)}({location.StartLine + 1},{location.StartColumn + 1})";
}
