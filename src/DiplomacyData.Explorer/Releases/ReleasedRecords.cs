using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Explorer.Export;

namespace DiplomacyData.Explorer.Releases;

/// <summary>
/// Turns compiled records into the form a release keeps, through <see cref="RecordFields"/> (the same
/// fields the exports write). Kind and id become the record's key; a group (a participant, a piece
/// of evidence) becomes one line of text, evidence as <c>source: "quote"</c>.
/// </summary>
internal static class ReleasedRecords
{
    private static readonly HashSet<string> KeyFields = new(StringComparer.Ordinal) { "id", "kind" };

    public static IReadOnlyList<ReleasedRecord> Of(Dataset data) => data.All.Select(Of).ToList();

    public static ReleasedRecord Of(Record record)
    {
        var fields = RecordFields.Of(record)
            .Where(field => !KeyFields.Contains(field.Name))
            .Select(field => field.Value.Kind == FieldValueKind.List
                ? ReleasedField.List(field.Name, field.Value.Items.Select(item => Line(field.Name, item)))
                : ReleasedField.Scalar(field.Name, field.Value.Scalar))
            .ToList();
        return new ReleasedRecord(record.Kind.ToString(), record.Id, fields);
    }

    private static string Line(string fieldName, FieldValue item)
    {
        if (item.Kind != FieldValueKind.Group)
        {
            return item.Scalar ?? "";
        }

        if (fieldName == ReleasedRecord.EvidenceFieldName && item.Members.Count == 2)
        {
            return $"{item.Members[0].Value.Scalar}: \"{item.Members[1].Value.Scalar}\"";
        }

        // A list member (a code's source actors) keeps its brackets, so its commas do not read as the next member.
        return string.Join(", ", item.Members.Select(member => $"{member.Name}={(member.Value.Kind == FieldValueKind.List ? member.Value.ToString() : member.Value.Scalar ?? "null")}"));
    }
}
