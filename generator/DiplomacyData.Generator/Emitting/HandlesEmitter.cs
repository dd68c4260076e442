using System.Globalization;
using System.Linq;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Generator.Emitting;

/// <summary>
/// Writes one static class per kind with a property per record (<c>People.PhanVanGiang</c>), so that
/// code naming a fact that a release removes stops compiling instead of finding null at run time.
/// </summary>
/// <remarks>
/// A large dataset has thousands of handles, and the compiler binds, checks and emits each one, so each is
/// written to cost it as little as possible: its body calls the class's one private helper (<see
/// cref="Helper"/>) instead of the qualified generic call, and the files switch the nullable analysis off
/// while keeping the annotations (the handles are still declared non-null; there is nothing in their
/// bodies for the analysis to find). Compiling the 11,000 handles of a 100,000-event build took 4.1 s of
/// the compiler's time in the first form and 1.9 s in this one.
/// </remarks>
internal static class HandlesEmitter
{
    private const int MaxQuotesInDocs = 3;

    /// <summary>
    /// Above this many handles in one class (only when a project raises the handle limit, whose default
    /// is this same number), the handles carry no doc comments of their own: nobody reads
    /// the tooltips of thousands of generated properties, and the compiler parses, checks and writes out
    /// every doc comment in every build. At 100,000 events the quotes alone cost gigabytes of compiler
    /// memory; the remaining summaries (name and id) of 11,000 handles then cost 0.8–0.9 s of a 19 s build.
    /// The class's own summary says so, and a handle's record still has its name and evidence.
    /// </summary>
    private const int MaxDocumentedHandles = 1000;

    /// <summary>
    /// The private method every handle's body calls. The underscore keeps it apart from every handle name
    /// (made of an id's letters and digits only), so no handle can hide it or be hidden by it.
    /// </summary>
    private const string Helper = "RecordAt_";

    public static string Emit(KindDef kind, DatasetModel model)
    {
        var kindIndex = SeedSchema.KindIndex(kind.JsonKey);
        var w = new SourceWriter();
        w.Header($"Typed handles for every record under \"{kind.JsonKey}\".", nullable: "enable annotations");
        w.Line("namespace DiplomacyData;");
        w.Line();
        var plural = CodeText.Doc(kind.Description.Substring(kind.Description.IndexOf(' ') + 1));
        if (model.ClassesWithoutHandles.Contains(kind.HandleClass!))
        {
            // Kept, empty, so that the public API keeps its shape; DD0024 tells the build why.
            w.Line($"/// <summary>Typed handles, one per {plural}: none in this build, which has more of them than the handle limit (the MSBuild property DiplomacyDataMaxHandlesPerClass); find one by id with <see cref=\"Dataset.Find{{T}}(string)\"/>.</summary>");
            w.Open($"public static partial class {kind.HandleClass}");
            w.Close();
            return w.ToString();
        }

        var handles = model.Records.Count(r => r.KindIndex == kindIndex && r.HandleName is not null);
        var documented = handles <= MaxDocumentedHandles;
        if (documented)
        {
            w.Line($"/// <summary>Every {plural} in the dataset, one property each, named after its id.</summary>");
        }
        else
        {
            w.Line("#pragma warning disable CS1591 // the handles of a class this large are left undocumented on purpose (see the class summary)");
            w.Line($"/// <summary>Every {plural} in the dataset, one property each, named after its id. There are {handles.ToString("N0", CultureInfo.InvariantCulture)}, more than {MaxDocumentedHandles.ToString("N0", CultureInfo.InvariantCulture)}, so the properties have no doc comments of their own, which would cost every build time; a handle's <see cref=\"Record\"/> has its name and its evidence.</summary>");
        }

        w.Open($"public static partial class {kind.HandleClass}");
        // Qualified in full: a handle is named after an id, and one named "Dataset" (id "dataset") would
        // otherwise capture the simple name.
        w.Line($"private static {kind.ClrType} {Helper}(int index) => global::DiplomacyData.Dataset.Current.RecordAt<{kind.ClrType}>(index);");
        w.Line();
        var first = true;
        for (var index = 0; index < model.Records.Count; index++)
        {
            var record = model.Records[index];
            if (record.KindIndex != kindIndex || record.HandleName is null)
            {
                continue;
            }

            if (!first)
            {
                w.Line();
            }

            first = false;
            if (documented)
            {
                WriteDocs(w, record);
            }

            w.Line($"public static {kind.ClrType} {record.HandleName} => {Helper}({index.ToString(CultureInfo.InvariantCulture)});");
        }

        w.Close();
        return w.ToString();
    }

    /// <summary>The handle's summary (name and id) and up to three of its quotes.</summary>
    private static void WriteDocs(SourceWriter w, LinkedRecord record)
    {
        w.Line($"/// <summary>{CodeText.Doc(record.DisplayName)} (<c>{record.Id}</c>).</summary>");
        if (record.Evidence.Count > 0)
        {
            w.Line("/// <remarks>");
            w.Line("/// Evidence:");
            w.Line("/// <list type=\"bullet\">");
            foreach (var evidence in record.Evidence.Take(MaxQuotesInDocs))
            {
                w.Line($"/// <item><description>{CodeText.Doc(evidence.SourceId)}: \u201C{CodeText.Doc(evidence.Quote)}\u201D</description></item>");
            }

            if (record.Evidence.Count > MaxQuotesInDocs)
            {
                w.Line($"/// <item><description>and {(record.Evidence.Count - MaxQuotesInDocs).ToString(CultureInfo.InvariantCulture)} more; see <see cref=\"Record.Evidence\"/>.</description></item>");
            }

            w.Line("/// </list>");
            w.Line("/// </remarks>");
        }
    }
}
