using System;
using System.IO;
using System.Linq;

namespace DiplomacyData.Explorer;

/// <summary>Prints every event in date order (undated events last) with participants and evidence.</summary>
internal static class TimelineCommand
{
    public static int Run(TextWriter output)
    {
        var dataset = Dataset.Current;
        output.WriteLine($"Vietnam–Italy timeline — DiplomacyData {dataset.Info.ReleaseVersion}, {dataset.Events.Count} events");
        var ordered = dataset.Events
            .OrderBy(e => e.Date.IsKnown ? 0 : 1)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        foreach (var e in ordered)
        {
            output.WriteLine();
            output.WriteLine($"{Format.Date(e.Date, e.DateText)}  {e.Title}  [{e.Status}]");
            var where = e.Place is null ? null : e.Place is Place place && place.Country is { } country ? $"{place.Name}, {country.Name}" : e.Place.Name;
            if (where is not null)
            {
                output.WriteLine($"    where: {where}");
            }

            if (e.Participants.Count > 0)
            {
                output.WriteLine("    who:   " + string.Join("; ", e.Participants.Select(p => $"{p.Actor.Name} ({Format.Words(p.Role)})")));
            }

            output.WriteLine($"    codes: CAMEO {string.Join(", ", e.CameoCodes)}; PLOVER {string.Join(", ", e.PloverCodes)}");
            foreach (var evidence in e.Evidence)
            {
                output.WriteLine($"    “{Format.Shorten(evidence.Quote, 160)}” — {evidence.Source.Id}");
            }
        }

        return 0;
    }
}
