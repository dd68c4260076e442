namespace DiplomacyData.SeedCompiler.Handles;

/// <summary>How many typed handles a kind gets before its class is emitted without them (DD0024).</summary>
internal static class HandleLimit
{
    /// <summary>
    /// A kind with more records than this gets no typed handles. Handles are for code that names a
    /// particular fact, and up to this many each comes with its doc comment (see
    /// HandlesEmitter.MaxDocumentedHandles, the same number). Past it, a class is a list nobody picks
    /// from, and every handle is a member the compiler builds in every build: at 100,000 synthetic events
    /// the 11,000 handles of five kinds were 2–3.5 s of a 16–18 s library build, measured against this
    /// limit (tests/DiplomacyData.Benchmarks/README.md). A project that wants them sets the MSBuild
    /// property DiplomacyDataMaxHandlesPerClass higher; the records are in the dataset either way.
    /// </summary>
    public const int DefaultPerClass = 1_000;
}
