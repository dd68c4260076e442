using System.Globalization;
using System.Linq;
using System.Text;
using DiplomacyData.Generator.Linking;
using DiplomacyData.Generator.Schema;

namespace DiplomacyData.Generator.Emitting;

/// <summary>Writes the dataset's byte table and the facts about the release (version, hash, coverage).</summary>
internal static class DataEmitter
{
    private const int BytesPerLine = 24;

    public static string EmitBlob(DatasetModel model)
    {
        var bytes = BlobWriter.Write(model);
        var w = new SourceWriter();
        w.Header("The compiled dataset as a byte table; the data release snapshot in tests/ is its readable view.");
        w.Line("namespace DiplomacyData;");
        w.Line();
        w.Open("internal static class DatasetBlob");
        w.Line("/// <summary>");
        w.Line($"/// {Count(model)} records and their strings, encoded by BlobWriter (format {BlobWriter.FormatVersion}):");
        w.Line("/// the string table, then each record kind in schema order. Kept as bytes rather than");
        w.Line("/// object initializers so that start-up stays fast and the compiler's limits stay far away.");
        w.Line("/// </summary>");
        w.Line("internal static readonly byte[] Bytes = new byte[]");
        w.Line("{");
        var line = new StringBuilder();
        for (var i = 0; i < bytes.Length; i += BytesPerLine)
        {
            line.Clear().Append("    ");
            for (var j = i; j < i + BytesPerLine && j < bytes.Length; j++)
            {
                line.Append("0x").Append(bytes[j].ToString("X2", CultureInfo.InvariantCulture)).Append(j == bytes.Length - 1 ? "" : ", ");
            }

            w.Line(line.ToString().TrimEnd());
        }

        w.Line("};");
        w.Close();
        return w.ToString();
    }

    public static string EmitInfo(DatasetModel model)
    {
        var w = new SourceWriter();
        w.Header("What identifies this data release.");
        w.Line("namespace DiplomacyData;");
        w.Line();
        w.Open("internal static class GeneratedDatasetInfo");
        w.Line($"internal const string ReleaseVersion = {CodeText.Literal(model.ReleaseVersion)};");
        w.Line();
        w.Line("/// <summary>SHA-256 over every seed file and source text (path and content), line endings made LF.</summary>");
        w.Line($"internal const string SeedHash = {CodeText.Literal(model.SeedHash)};");
        w.Line();
        w.Line("/// <summary>Sentences per source: total, cited by a fact, excluded with a reason, and neither.</summary>");
        w.Line("internal static SourceCoverage[] Coverage() => new SourceCoverage[]");
        w.Line("{");
        foreach (var c in model.Coverage)
        {
            w.Line($"    new SourceCoverage({CodeText.Literal(c.SourceId)}, {N(c.Sentences)}, {N(c.Cited)}, {N(c.Excluded)}, {N(c.Unaccounted)}),");
        }

        w.Line("};");
        w.Close();
        return w.ToString();
    }

    private static string Count(DatasetModel model) => N(model.Records.Count);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
