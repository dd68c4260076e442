using System.Globalization;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Whether the library's decoding path (the row readers, the table accessors, the record store) is compiled
/// optimized from its first call (<c>AggressiveOptimization</c>), decided by the dataset's size and written as
/// the generated constant <c>DatasetBlob.DecodeOptions</c>, which every decoding method's <c>MethodImpl</c> names.
/// </summary>
/// <remarks>
/// Optimizing a method on its first call costs compile time up front; leaving it to the runtime's tiers runs it
/// unoptimized until the runtime gets round to it. For a small dataset the whole first query is over before that
/// matters, so the up-front compile is the larger cost: on the real seeds the cold scan took 37 ms optimized and
/// 27 ms tiered, the point query 18.7 and 14.5 ms. At 10,000 events a cold scan of every event took 78 ms optimized
/// against 94 ms tiered (the point query 20.5 against 15.5 ms), and at 100,000 the tiered decode path was a tenth
/// of the scan's time. Between the two, the threshold below.
/// </remarks>
internal static class DecodeOptimization
{
    /// <summary>The record count from which the decoding path is compiled optimized from its first call.</summary>
    public const int MinRecords = 5000;

    /// <summary>The attribute every generated decoding method carries.</summary>
    public const string Attribute = "[System.Runtime.CompilerServices.MethodImpl(DatasetBlob.DecodeOptions)]";

    /// <summary>The constant itself, in DatasetBlob: <c>AggressiveOptimization</c> (512, which netstandard2.0's enum lacks) or nothing.</summary>
    public static void WriteConstant(SourceWriter w, int records)
    {
        var optimized = records >= MinRecords;
        w.Line($"/// <summary>How the decoding path is compiled: {(optimized ? "optimized from its first call" : "left to the runtime's tiers")}, for {records.ToString(CultureInfo.InvariantCulture)} records (the generator's DecodeOptimization, from {MinRecords.ToString(CultureInfo.InvariantCulture)}).</summary>");
        w.Line($"internal const System.Runtime.CompilerServices.MethodImplOptions DecodeOptions = (System.Runtime.CompilerServices.MethodImplOptions){(optimized ? 512 : 0)};");
        w.Line();
    }
}
