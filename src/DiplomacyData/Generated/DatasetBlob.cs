namespace DiplomacyData;

/// <summary>
/// The compiled dataset: tables of rows the seed generator writes as UTF-8 literals (or, for a very
/// large dataset, compressed strings), in the generated files <c>DatasetRecords.g.cs</c>,
/// <c>DatasetStrings.g.cs</c> and <c>DatasetIndexes.g.cs</c>. Each table is read a chunk at a time
/// through the accessor declared here; the rules of its rows are in <c>src/Common/</c>'s table format.
/// Beside the accessors the generator adds, for each fixed-width table, a <see cref="CellTable"/> named
/// after it (<c>RecordStartsTable</c>, ...), and the small arrays <c>KindStarts</c> (the first record of
/// each kind, in <see cref="RecordKind"/> order, and the record count last), <c>RelationStarts</c> and
/// <c>ReferenceFields</c> (the reference fields' names, see the table format's ReferencePath).
/// </summary>
internal static partial class DatasetBlob
{
    /// <summary>One row per record in dataset order: its parent's position + 1, its id, for a kind with detail fields where its <see cref="RecordDetails"/> row starts, then its main fields in schema order, as varints.</summary>
    internal static partial System.ReadOnlySpan<byte> Records(int chunk);

    /// <summary>The detail fields of the kinds that have them (events' texts, codes and evidence): one row per such record, in schema order.</summary>
    internal static partial System.ReadOnlySpan<byte> RecordDetails(int chunk);

    /// <summary>Where each record's row starts in <see cref="Records"/>: one row address per record.</summary>
    internal static partial System.ReadOnlySpan<byte> RecordStarts(int chunk);

    /// <summary>Every distinct text of the dataset in UTF-8, in order of first use.</summary>
    internal static partial System.ReadOnlySpan<byte> Strings(int chunk);

    /// <summary>Where each text starts in <see cref="Strings"/>.</summary>
    internal static partial System.ReadOnlySpan<byte> StringStarts(int chunk);

    /// <summary>The open-addressing table from an id's hash to its record.</summary>
    internal static partial System.ReadOnlySpan<byte> IdSlots(int chunk);

    /// <summary>The open-addressing table from a folded name's hash to its entry in <see cref="NameEntries"/>.</summary>
    internal static partial System.ReadOnlySpan<byte> NameSlots(int chunk);

    /// <summary>One row per distinct folded name: its text and its run of <see cref="NamePostings"/>.</summary>
    internal static partial System.ReadOnlySpan<byte> NameEntries(int chunk);

    /// <summary>The records each folded name finds.</summary>
    internal static partial System.ReadOnlySpan<byte> NamePostings(int chunk);

    /// <summary>One row per (relation, key record): the row address of its run of <see cref="RelationPostings"/>.</summary>
    internal static partial System.ReadOnlySpan<byte> RelationKeys(int chunk);

    /// <summary>The records each relation key finds: a run of varints per key, the gaps between ascending positions (see the table format's ReferenceRun).</summary>
    internal static partial System.ReadOnlySpan<byte> RelationPostings(int chunk);

    /// <summary>For each record position, the row address where its run of <see cref="ReferencePostings"/> begins.</summary>
    internal static partial System.ReadOnlySpan<byte> ReferenceStarts(int chunk);

    /// <summary>Who refers to each record: a run of varints per record, the referrers' positions and their fields by number in <c>ReferenceFields</c> (see the table format's ReferenceRun).</summary>
    internal static partial System.ReadOnlySpan<byte> ReferencePostings(int chunk);

    /// <summary>Dated events in date order, for range queries.</summary>
    internal static partial System.ReadOnlySpan<byte> EventDates(int chunk);

    /// <summary>Each source's sentence coverage.</summary>
    internal static partial System.ReadOnlySpan<byte> Coverage(int chunk);
}
