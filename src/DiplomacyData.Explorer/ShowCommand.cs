using System.IO;
using System.Linq;

namespace DiplomacyData.Explorer;

/// <summary>Prints one record, its evidence, and the records that refer to it by name.</summary>
internal static class ShowCommand
{
    public static int Run(TextWriter output, string id)
    {
        var record = Dataset.Current.Find(id);
        if (record is null)
        {
            output.WriteLine($"No record has the id '{id}'. Try: search <name>.");
            return 1;
        }

        output.WriteLine($"{record.Kind} {record.Id}: {record}");
        if (record.Note is not null)
        {
            output.WriteLine($"  note: {record.Note}");
        }

        foreach (var evidence in record.Evidence)
        {
            output.WriteLine($"  “{Format.Shorten(evidence.Quote, 300)}” — {evidence.Source.Id}");
        }

        if (record is Entity entity)
        {
            if (entity.Aliases.Count > 0)
            {
                output.WriteLine($"  also written: {string.Join(", ", entity.Aliases)}");
            }

            foreach (var e in Dataset.Current.EventsWith(entity))
            {
                output.WriteLine($"  took part in: {e.Id} ({e.Title})");
            }

            foreach (var s in Dataset.Current.StatementsBy(entity).Take(50))
            {
                output.WriteLine($"  said ({Format.Words(s.StatementKind)}): {s.Summary}");
            }
        }

        if (record is Person person)
        {
            foreach (var office in Dataset.Current.OfficesOf(person))
            {
                output.WriteLine($"  office: {office.Title}{(office.MilitaryRank is null ? "" : $" ({office.MilitaryRank})")}");
            }
        }

        return 0;
    }
}
