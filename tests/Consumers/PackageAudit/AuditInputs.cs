namespace PackageAudit;

/// <summary>What every audit looks at.</summary>
/// <param name="Package">The files of the .nupkg, by path inside it.</param>
/// <param name="Symbols">The files of the .snupkg, by path inside it.</param>
/// <param name="SeedsDirectory">The repository's seeds/ folder, whose sources/ hold the articles.</param>
internal sealed record AuditInputs(IReadOnlyDictionary<string, byte[]> Package, IReadOnlyDictionary<string, byte[]> Symbols, string SeedsDirectory);

/// <summary>The outcome of an audit, with one line per finding for the log.</summary>
/// <param name="Passed">True when the package is as it should be.</param>
/// <param name="Findings">What was checked and found, one line each, starting "pass:", "FAIL:" or "note:".</param>
internal sealed record AuditResult(bool Passed, IReadOnlyList<string> Findings);
