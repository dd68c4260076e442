using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// Writes the records of one kind as a CSV table with a header row and one row per record, for a
/// spreadsheet, pandas or DuckDB. Flattening, from <see cref="RecordFields"/>:
/// <list type="bullet">
/// <item>a scalar is one column; null is an empty cell;</item>
/// <item>a list is one column of its items joined by <c>;</c> (a <c>;</c> or <c>\</c> inside an item is written <c>\;</c> or <c>\\</c>);</item>
/// <item>a list of groups is one column per member, named <c>field_member</c> (<c>participants_actor</c>,
/// <c>participants_role</c>), each holding that member of every group joined by <c>;</c>, in the same order;</item>
/// <item>a member that is itself a list (a code's <c>cameo_sources</c>) has its items joined by <c>|</c> within
/// its group (<c>vietnam|italy;italy</c>), with a <c>|</c> inside an item written <c>\|</c>.</item>
/// </list>
/// </summary>
internal static class CsvExporter
{
    public const char ItemSeparator = ';';

    /// <summary>Joins the items of a list held in a group, inside one <see cref="ItemSeparator"/>-separated item.</summary>
    public const char MemberItemSeparator = '|';

    public static IReadOnlyList<string> Header(RecordKind kind) =>
        RecordFields.DefinitionsOf(kind)
            .SelectMany(definition => definition.Shape == FieldShape.GroupList
                ? definition.Members.Select(member => definition.Name + "_" + member)
                : [definition.Name])
            .ToArray();

    public static IReadOnlyList<string> Cells(Record record)
    {
        var cells = new List<string>();
        foreach (var (definition, field) in RecordFields.DefinitionsOf(record.Kind).Zip(RecordFields.Of(record)))
        {
            if (definition.Shape == FieldShape.GroupList)
            {
                cells.AddRange(definition.Members.Select((_, m) => JoinItems(field.Value.Items.Select(group => MemberText(group.Members[m].Value)))));
            }
            else if (definition.Shape == FieldShape.List)
            {
                cells.Add(JoinItems(field.Value.Items.Select(item => item.Scalar)));
            }
            else
            {
                cells.Add(field.Value.Scalar ?? "");
            }
        }

        return cells;
    }

    /// <summary>Writes the header and one row per record; returns the number of records written.</summary>
    public static int Write(TextWriter writer, RecordKind kind, IEnumerable<Record> records)
    {
        Csv.WriteRow(writer, Header(kind));
        var rows = 0;
        foreach (var record in records)
        {
            Csv.WriteRow(writer, Cells(record));
            rows++;
        }

        return rows;
    }

    /// <summary>Joins list items with ';', escaping ';' and '\' inside an item with a '\'; a null item is empty.</summary>
    public static string JoinItems(IEnumerable<string?> items) => JoinItems(items, ItemSeparator);

    private static string? MemberText(FieldValue member) =>
        member.Kind == FieldValueKind.List ? JoinItems(member.Items.Select(item => item.Scalar), MemberItemSeparator) : member.Scalar;

    private static string JoinItems(IEnumerable<string?> items, char separator)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                builder.Append(separator);
            }

            foreach (var c in item ?? "")
            {
                if (c == separator || c == '\\')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            first = false;
        }

        return builder.ToString();
    }
}
