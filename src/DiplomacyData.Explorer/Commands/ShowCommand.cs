using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Arguments;
using DiplomacyData.Explorer.Export;
using DiplomacyData.Explorer.Showing;

namespace DiplomacyData.Explorer.Commands;

/// <summary><c>show</c>: one record with every field, its evidence, and every record that refers to it.</summary>
internal static class ShowCommand
{
    private const int NameWidth = 22;

    public static Command Create()
    {
        var id = new Argument<Record?>("id")
        {
            Description = "A record id, such as italy, phan-van-giang or defence-policy-dialogue-4 (search, timeline and export print ids), or the name or alias of a person, organization, place, country or topic (\"Vo Thi Anh Xuan\").",
            CustomParser = result =>
            {
                if (RecordResolver.TryRecord(result.Tokens[^1].Value, out var record, out var error))
                {
                    return record;
                }

                result.AddError(error);
                return null;
            },
        };

        var command = new Command("show", "Print one record (a person, an event, a statement, a source...): its fields, the quotes it rests on with their sources, and every record that refers to it.")
        {
            id,
        };
        command.SetAction(parse => Write(parse.InvocationConfiguration.Output, parse.GetValue(id)!));
        return command;
    }

    public static int Write(TextWriter output, Record record)
    {
        output.WriteLine($"{Format.KindWords(record.Kind)} {record.Id}: {Format.Describe(record)}");
        output.WriteLine();
        var ordered = RecordFields.Of(record);
        var fields = ordered.ToDictionary(field => field.Name, field => field.Value, StringComparer.Ordinal);
        var hasEvidence = fields.ContainsKey("evidence");
        foreach (var (name, value) in ordered.Skip(2).Select(field => (field.Name, field.Value))) // id and kind are in the heading
        {
            string[] lines;
            if (fields.TryGetValue(name + "_precision", out var precision))
            {
                lines = DateLines(value, precision, fields[name + "_not_before"], fields[name + "_not_after"], fields[name + "_inference"], fields[name + "_inference_basis"]);
            }
            else if (name == "evidence" || IsDatePart(name, fields))
            {
                continue;
            }
            else if (record is Statement statement && name == "attribution")
            {
                lines = [AttributionText(statement)];
            }
            else
            {
                lines = Lines(value);
            }

            for (var i = 0; i < lines.Length; i++)
            {
                output.WriteLine($"  {(i == 0 ? name : ""),-NameWidth}{lines[i]}");
            }
        }

        if (hasEvidence)
        {
            output.WriteLine();
            output.WriteLine(record.Evidence.Count == 0 ? "Evidence: none" : $"Evidence ({record.Evidence.Count}):");
            foreach (var evidence in record.Evidence)
            {
                var source = evidence.Source;
                var published = source.Published.IsKnown ? $", {source.Published}" : "";
                output.WriteLine($"  “{evidence.Quote}”");
                output.WriteLine($"      — {source.Id}: {source.Title}{(source.Outlet is null ? "" : $", {source.Outlet}")}{published}");
            }
        }

        var referrers = Referrers.Of(record);
        output.WriteLine();
        output.WriteLine(referrers.Count == 0 ? "Referred to by: no other record" : $"Referred to by ({referrers.Count}):");
        foreach (var referrer in referrers)
        {
            output.WriteLine($"  {Format.KindWords(referrer.Record.Kind),-13} {Format.Label(referrer.Record)}  [{string.Join(", ", referrer.Fields)}]");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Whose words a statement is, said so that a statement without speakers (which prints no speakers line)
    /// reads as meant: an outlet statement names the outlets of its sources, which speak in effect.
    /// </summary>
    private static string AttributionText(Statement statement) => statement.Attribution switch
    {
        StatementAttribution.Unattributed => "unattributed (the article does not say who said it)",
        StatementAttribution.Outlet => $"outlet (the outlet's own words, in {string.Join("; ", statement.Evidence.Select(e => e.Source).Distinct().Select(OutletOf))})",
        _ => "speakers",
    };

    private static string OutletOf(Source source) => source.Outlet is null ? $"{source.Id}, outlet not named" : $"{source.Id} by {source.Outlet}";

    /// <summary>A date's fields (see <see cref="RecordFields"/>) as one line (the date, or its bounds), and the inference, if any, below it.</summary>
    private static string[] DateLines(FieldValue date, FieldValue precision, FieldValue notBefore, FieldValue notAfter, FieldValue inference, FieldValue basis)
    {
        var bounded = notBefore.Kind != FieldValueKind.Null || notAfter.Kind != FieldValueKind.Null;
        if (date.Kind == FieldValueKind.Null && !bounded)
        {
            return [];
        }

        var lines = new List<string>
        {
            bounded
                ? PartialDate.Between(Bound(notBefore), Bound(notAfter)).ToString() // the library's own wording of bounds
                : $"{date.Scalar} ({precision.Scalar})",
        };
        if (inference.Kind != FieldValueKind.Null)
        {
            lines.Add($"{(bounded ? "bounded" : "inferred")}: {inference.Scalar}");
            lines.AddRange(basis.Items.Select(source => $"from: {Text(source)}"));
        }

        return lines.ToArray();
    }

    private static PartialDate Bound(FieldValue bound) => bound.Kind == FieldValueKind.Null ? PartialDate.Unknown : PartialDate.Parse(bound.Scalar!);

    private static bool IsDatePart(string name, Dictionary<string, FieldValue> fields) =>
        new[] { "_precision", "_not_before", "_not_after", "_inference", "_inference_basis" }.Any(suffix =>
            name.EndsWith(suffix, StringComparison.Ordinal) && fields.ContainsKey(name[..^suffix.Length] + "_precision"));

    /// <summary>A field's value as display lines: nothing for an empty one, one line per list item.</summary>
    private static string[] Lines(FieldValue value) => value.Kind switch
    {
        FieldValueKind.Null => [],
        FieldValueKind.List => value.Items.Select(Text).ToArray(),
        _ => [Text(value)],
    };

    private static string Text(FieldValue value) => value.Kind switch
    {
        FieldValueKind.Reference => Dataset.Current.Find(value.Scalar!) is { } target ? Format.Label(target) : value.Scalar!,
        FieldValueKind.Group => string.Join(", ", value.Members.Where(m => m.Value.Kind != FieldValueKind.Null && !(m.Value.Kind == FieldValueKind.List && m.Value.Items.Count == 0)).Select(m => Text(m.Value))),
        FieldValueKind.List => string.Join(" + ", value.Items.Select(Text)),
        _ => value.Scalar ?? "",
    };
}
