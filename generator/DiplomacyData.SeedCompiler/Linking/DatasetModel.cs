using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// A field value after linking: references are replaced by the referenced record's position in
/// <see cref="DatasetModel.Records"/>; everything else is as the parser read it.
/// </summary>
internal sealed record LinkedValue(SeedValueKind Kind, string? Text, int RecordIndex, EquatableArray<LinkedValue> Items)
{
    public static readonly LinkedValue Absent = new(SeedValueKind.Absent, null, -1, EquatableArray<LinkedValue>.Empty);

    public bool IsAbsent => Kind == SeedValueKind.Absent;
}

/// <summary>A record ready to emit: its kind, id, handle name, and values in schema order.</summary>
internal sealed record LinkedRecord(int KindIndex, string Id, string? HandleName, string DisplayName, EquatableArray<LinkedValue> Values, EquatableArray<EvidenceNote> Evidence)
{
    /// <summary>The position of the record's parent in the dataset, or -1 when its kind has no parent field or it has no parent.</summary>
    public int ParentPosition => SeedSchema.Kinds[KindIndex].ParentFieldIndex is var index and >= 0 ? Values[index].RecordIndex : -1;
}

/// <summary>A quote shown in the XML docs of a typed handle.</summary>
internal sealed record EvidenceNote(string SourceId, string Quote);

/// <summary>How many sentences of a source are cited, excluded, or neither.</summary>
internal sealed record SourceCoverage(string SourceId, int Sentences, int Cited, int Excluded, int Unaccounted);

/// <summary>
/// Everything the emitter needs, and nothing else, so that it re-runs only when the data changes.
/// <paramref name="ClassesWithoutHandles"/> names the handle classes whose kind has more records than
/// the handle limit (DD0024): they are emitted empty.
/// </summary>
internal sealed record DatasetModel(string ReleaseVersion, string SeedHash, EquatableArray<LinkedRecord> Records, EquatableArray<SourceCoverage> Coverage, EquatableArray<string> ClassesWithoutHandles);

/// <summary>The linker's two outputs, split apart in the pipeline so diagnostics never force re-emission.</summary>
internal sealed record LinkResult(DatasetModel? Model, EquatableArray<SeedDiagnostic> Diagnostics);
