using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DiplomacyData.Explorer.Releases;

/// <summary>
/// Writes the difference between two releases as a Markdown changelog section: what was added, removed
/// and changed, by kind and id, each with the evidence a reviewer needs to check it.
/// </summary>
internal static class ChangelogWriter
{
    public static string Section(ReleaseVersion previous, ReleaseVersion current, ApiDiff api, DataDiff data)
    {
        var text = new StringBuilder();
        var required = VersionPolicy.Required(api, data);
        text.Append("## ").Append(current).Append(" (compared with ").Append(previous).Append(")\n\n");
        text.Append(required == VersionBump.None ? "Nothing calls for a new release: " : $"Changes call for a {VersionPolicy.Describe(required)} release: ")
            .Append(data.Added.Count).Append(" added, ")
            .Append(data.Removed.Count).Append(" removed, ")
            .Append(data.Changed.Count).Append(" changed; public API ")
            .Append(api.Added.Count).Append(" added, ")
            .Append(api.Removed.Count).Append(" removed.\n");

        if (data.Added.Count > 0)
        {
            text.Append("\n### Added\n\n");
            foreach (var record in data.Added)
            {
                RecordLine(text, record);
                EvidenceLines(text, "evidence", record.Evidence);
            }
        }

        if (data.Removed.Count > 0)
        {
            text.Append("\n### Removed\n\n");
            foreach (var record in data.Removed)
            {
                RecordLine(text, record);
                EvidenceLines(text, "evidence it had", record.Evidence);
            }
        }

        if (data.Changed.Count > 0)
        {
            text.Append("\n### Changed\n\n");
            foreach (var change in data.Changed)
            {
                RecordLine(text, change.After);
                foreach (var field in change.Fields.Where(f => f.Name != ReleasedRecord.EvidenceFieldName))
                {
                    text.Append("  - `").Append(field.Name).Append("`: ")
                        .Append(field.Before?.Display() ?? "(no such field)").Append(" → ")
                        .Append(field.After?.Display() ?? "(no such field)").Append('\n');
                }

                EvidenceLines(text, "evidence added", change.EvidenceAdded.ToList());
                EvidenceLines(text, "evidence removed", change.EvidenceRemoved.ToList());
                if (!change.EvidenceAdded.Any())
                {
                    EvidenceLines(text, "evidence", change.After.Evidence);
                }
            }
        }

        if (api.Removed.Count + api.Added.Count + api.Narrowed.Count > 0)
        {
            text.Append("\n### Public API\n\n");
            foreach (var member in api.Removed)
            {
                text.Append("- removed: `").Append(member).Append("`\n");
            }

            foreach (var member in api.Added)
            {
                text.Append("- added: `").Append(member).Append("`\n");
            }

            foreach (var member in api.Narrowed)
            {
                text.Append("- never null now: `").Append(member).Append("`\n");
            }
        }

        return text.ToString();
    }

    private static void RecordLine(StringBuilder text, ReleasedRecord record)
    {
        var title = record.Field("title") ?? record.Field("name") ?? record.Field("summary");
        text.Append("- ").Append(record.Kind).Append(" `").Append(record.Id).Append('`');
        if (title is { Items.Count: > 0 })
        {
            text.Append(": ").Append(title.Items[0]);
        }

        text.Append('\n');
    }

    private static void EvidenceLines(StringBuilder text, string label, IReadOnlyList<string> evidence)
    {
        foreach (var line in evidence)
        {
            text.Append("  - ").Append(label).Append(": ").Append(line).Append('\n');
        }
    }
}
