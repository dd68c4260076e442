namespace DiplomacyData;

/// <summary>
/// Turns one record row of <see cref="DatasetBlob.Records"/> into its record. The body is written by
/// the seed generator from the schema (generated file <c>DatasetDecoder.g.cs</c>), one reader per kind;
/// this declaration is the seam, so the library's code can be read and navigated before a build and the
/// compiler checks that the generated body matches it.
/// </summary>
internal static partial class DatasetDecoder
{
    /// <summary>Reads a record of this kind; the reader stands after the row's parent prefix.</summary>
    internal static partial Record Read(RecordKind kind, ref RecordReader r);

    /// <summary>The record's dates with the properties that hold them, in schema order (see <see cref="Record.Dates"/>).</summary>
    internal static partial RecordDate[] DatesOf(Record record);
}
