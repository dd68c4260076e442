using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Releases;

/// <summary>
/// The semantic difference between two data releases: records added, removed and changed, matched by
/// kind and id (an id is permanent, so a changed id is a removal and an addition).
/// </summary>
internal sealed class DataDiff
{
    private DataDiff(IReadOnlyList<ReleasedRecord> added, IReadOnlyList<ReleasedRecord> removed, IReadOnlyList<RecordChange> changed)
    {
        Added = added;
        Removed = removed;
        Changed = changed;
    }

    public IReadOnlyList<ReleasedRecord> Added { get; }

    public IReadOnlyList<ReleasedRecord> Removed { get; }

    public IReadOnlyList<RecordChange> Changed { get; }

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>
    /// What the data changes alone call for. A withdrawn fact is minor here: if it had a typed handle,
    /// the public API diff sees the handle go and makes the release major.
    /// </summary>
    public VersionBump RequiredBump => Added.Count > 0 || Removed.Count > 0 ? VersionBump.Minor
        : Changed.Count > 0 ? VersionBump.Patch
        : VersionBump.None;

    public static DataDiff Between(IEnumerable<ReleasedRecord> previous, IEnumerable<ReleasedRecord> current)
    {
        var before = ByKey(previous, "previous release");
        var after = ByKey(current, "current data");
        var added = ReleaseSnapshotFormat.Order(after.Values.Where(r => !before.ContainsKey(r.Key))).ToList();
        var removed = ReleaseSnapshotFormat.Order(before.Values.Where(r => !after.ContainsKey(r.Key))).ToList();
        var changed = new List<RecordChange>();
        foreach (var record in ReleaseSnapshotFormat.Order(after.Values))
        {
            if (before.TryGetValue(record.Key, out var old))
            {
                var fields = FieldChanges(old, record);
                if (fields.Count > 0)
                {
                    changed.Add(new RecordChange(old, record, fields));
                }
            }
        }

        return new DataDiff(added, removed, changed);
    }

    private static Dictionary<string, ReleasedRecord> ByKey(IEnumerable<ReleasedRecord> records, string what)
    {
        var map = new Dictionary<string, ReleasedRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!map.TryAdd(record.Key, record))
            {
                throw new InvalidOperationException($"The {what} holds {record.Key} twice.");
            }
        }

        return map;
    }

    private static List<FieldChange> FieldChanges(ReleasedRecord old, ReleasedRecord current)
    {
        var changes = new List<FieldChange>();
        foreach (var field in current.Fields)
        {
            var before = old.Field(field.Name);
            if (before is null || !before.SameValueAs(field))
            {
                changes.Add(new FieldChange(field.Name, before, field));
            }
        }

        foreach (var field in old.Fields)
        {
            if (current.Field(field.Name) is null)
            {
                changes.Add(new FieldChange(field.Name, field, null));
            }
        }

        return changes;
    }
}

/// <summary>A record present in both releases whose fields differ.</summary>
internal sealed record RecordChange(ReleasedRecord Before, ReleasedRecord After, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>Evidence quotes the new release adds to the record.</summary>
    public IEnumerable<string> EvidenceAdded => After.Evidence.Except(Before.Evidence, StringComparer.Ordinal);

    /// <summary>Evidence quotes the new release drops from the record.</summary>
    public IEnumerable<string> EvidenceRemoved => Before.Evidence.Except(After.Evidence, StringComparer.Ordinal);
}

/// <summary>One field's value before and after; null on a side where the field does not exist.</summary>
internal sealed record FieldChange(string Name, ReleasedField? Before, ReleasedField? After);
