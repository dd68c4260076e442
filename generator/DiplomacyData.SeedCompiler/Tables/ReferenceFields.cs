using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Linking;
using DiplomacyData.SeedCompiler.Schema;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Tables;

/// <summary>One way a record of a kind refers to others: the field's schema position, its <see cref="ReferencePath"/> name, and how to read the referred records from the field's linked value.</summary>
internal sealed record ReferenceField(int FieldIndex, string Path, Func<LinkedValue, IEnumerable<int>> Targets);

/// <summary>
/// Every field of the schema that refers to a record, found by walking the schema itself, so that the
/// reverse reference index covers a reference field the moment it is declared: plain references and
/// lists of them, references inside the items of object lists (a participant's actor, a piece of
/// evidence's source) and the sources an inferred date rests on.
/// </summary>
internal static class ReferenceFields
{
    private static readonly IReadOnlyList<ReferenceField>[] ByKind = SeedSchema.Kinds.Select(Find).ToArray();

    /// <summary>
    /// Every reference field's name, each once, in order of first appearance taking the kinds and their
    /// fields in schema order: the table of names a ReferencePostings row points into.
    /// </summary>
    public static IReadOnlyList<string> Paths { get; } = ByKind.SelectMany(fields => fields.Select(field => field.Path)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The reference fields of the kind at <paramref name="kindIndex"/>, in schema order.</summary>
    public static IReadOnlyList<ReferenceField> Of(int kindIndex) => ByKind[kindIndex];

    private static IReadOnlyList<ReferenceField> Find(KindDef kind)
    {
        var found = new List<ReferenceField>();
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var field = kind.Fields[i];
            switch (field.Type)
            {
                case FieldType.Ref:
                case FieldType.RefList:
                    found.Add(new ReferenceField(i, field.Name, value => Direct(field, value)));
                    break;
                case FieldType.ObjectList:
                    var members = field.Item!.Fields;
                    for (var m = 0; m < members.Count; m++)
                    {
                        var member = members[m];
                        var position = m; // an object item's linked values are its fields in schema order
                        if (member.Type is FieldType.Ref or FieldType.RefList)
                        {
                            found.Add(new ReferenceField(i, ReferencePath.Of(field.Name, member.Name), value => value.Items.SelectMany(item => Direct(member, item.Items[position]))));
                        }
                    }

                    break;
                case FieldType.Date:
                    found.Add(new ReferenceField(i, ReferencePath.Of(field.Name, InferenceBasis.Name), InferredFrom));
                    break;
            }
        }

        return found;
    }

    /// <summary>An inferred or bounded date's list of sources.</summary>
    private static FieldDef InferenceBasis => SeedSchema.ReasonedDate.Field("basis")!;

    private static IEnumerable<int> Direct(FieldDef field, LinkedValue value) =>
        field.Type == FieldType.Ref ? new[] { value.RecordIndex } : value.Items.Select(item => item.RecordIndex);

    /// <summary>An inferred date links as [reason, basis], a bounded one as [reason, basis, earliest, latest] (see ValueLinker); a stated date has no items.</summary>
    private static IEnumerable<int> InferredFrom(LinkedValue date) =>
        date.Items.Count == 0 ? Enumerable.Empty<int>() : Direct(InferenceBasis, date.Items[1]);
}
