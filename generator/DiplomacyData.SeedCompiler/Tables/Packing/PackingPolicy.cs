namespace DiplomacyData.SeedCompiler.Tables.Packing;

/// <summary>Which tables <see cref="TablePacking"/> packs.</summary>
/// <param name="BudgetChars">The packed characters all tables together may take.</param>
/// <param name="MinTableBytes">The size below which a table stays UTF-8 literals.</param>
/// <param name="MinDatasetBytes">The size of all tables together below which nothing is packed.</param>
internal sealed record PackingPolicy(int BudgetChars, int MinTableBytes, long MinDatasetBytes)
{
    /// <summary>
    /// The user-string heap's 16 MiB less 256 KiB (two bytes a character): the library's own strings take
    /// about 35 KB of the 256 KiB left, and DiplomacyData.Tests' UserStringHeapTests keeps them under half of
    /// it. (With 15.5 MiB, the budget of the first version, the 1.2 MB EventDates table of a 100,000-event
    /// build did not fit, and as a UTF-8 literal it cost the compiler about half a second.)
    /// Tables from 256 KiB (smaller ones cost the compiler under a tenth of a second each as UTF-8 literals),
    /// in datasets from 8 MiB of tables (below that all of them cost under about 2.5 s).
    /// </summary>
    public static readonly PackingPolicy Default = new(((16 * 1024 * 1024) - (256 * 1024)) / 2, 256 * 1024, 8 * 1024 * 1024);

    /// <summary>Every table packed, however small, while the default budget lasts (for tests of the packed form).</summary>
    public static readonly PackingPolicy PackEverything = Default with { MinTableBytes = 0, MinDatasetBytes = 0 };
}
