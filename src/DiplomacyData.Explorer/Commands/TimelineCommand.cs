using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Arguments;
using DiplomacyData.Explorer.Export;

namespace DiplomacyData.Explorer.Commands;

/// <summary><c>timeline</c>: the events in date order (undated ones last) with participants, codes and evidence.</summary>
internal static class TimelineCommand
{
    private static readonly EventKind[] EventKinds = Enum.GetValues<EventKind>();

    public static Command Create()
    {
        var year = new Option<YearRange?>("--year")
        {
            Description = "Only events that could fall in this year or range of years: 2023, 2023..2025, 2023.. or ..2024 (undated events are left out).",
            HelpName = "year|from..to",
            CustomParser = result =>
            {
                if (YearRange.TryParse(result.Tokens[^1].Value, out var range, out var error))
                {
                    return range;
                }

                result.AddError(error);
                return null;
            },
        };
        var country = EntityOption<Country>("--country", "Only events held in this country or with a participant from it (an id such as italy, or a name: \"Việt Nam\", \"viet nam\").");
        var person = EntityOption<Person>("--person", "Only events this person took part in (an id, or a name or alias, diacritics ignored).");
        var topic = new Option<Topic?>("--topic")
        {
            Description = "Only events about this topic or one of its sub-topics (an id such as defence, or a name such as \"defence industry\").",
            HelpName = "id|name",
            CustomParser = result => Resolved(result, RecordResolver.TryTopic(result.Tokens[^1].Value, out var found, out var error), found, error),
        };

        var kind = new Option<IReadOnlyList<EventKind>?>("--kind")
        {
            Description = "Only events of these kinds, spelt as in the seed files and joined by commas: " + string.Join(", ", EventKinds.Select(SeedSpelling.Of)) + ".",
            HelpName = "kind[,kind...]",
            CustomParser = result =>
            {
                var kinds = new List<EventKind>();
                foreach (var word in result.Tokens[^1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var match = EventKinds.Where(k => string.Equals(SeedSpelling.Of(k), word, StringComparison.OrdinalIgnoreCase)).ToArray();
                    if (match.Length == 0)
                    {
                        result.AddError($"'{word}' is not an event kind; use one of: {string.Join(", ", EventKinds.Select(SeedSpelling.Of))}.");
                        return null;
                    }

                    kinds.Add(match[0]);
                }

                if (kinds.Count == 0)
                {
                    result.AddError("--kind needs at least one event kind.");
                    return null;
                }

                return kinds;
            },
        };

        var command = new Command("timeline", "Print the events in date order, undated ones last, with where, who, CAMEO and PLOVER codes, and the quotes they rest on. Filters combine: every one given must hold.")
        {
            year, country, person, topic, kind,
        };
        command.SetAction(parse => Write(
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            new TimelineFilter(parse.GetValue(year), parse.GetValue(country), parse.GetValue(person), parse.GetValue(topic), parse.GetValue(kind))));
        return command;
    }

    public static int Write(TextWriter output, TextWriter error, TimelineFilter filter)
    {
        var dataset = Dataset.Current;
        var events = filter.Apply(dataset);
        var heading = filter.IsEmpty ? $"{dataset.Events.Count} events" : $"{events.Count} of {dataset.Events.Count} events ({filter})";
        output.WriteLine($"Vietnam–Italy timeline — DiplomacyData {dataset.Info.ReleaseVersion}, {heading}");
        foreach (var e in events)
        {
            output.WriteLine();
            // A sub-event without a date of its own is placed, and printed, by its parent's days.
            var datedByParent = !e.Date.IsKnown && !e.Date.IsBounded && e.DateText is null && e.Parent is not null;
            var placedBy = datedByParent ? e.EffectiveDate : e.Date;
            output.WriteLine($"{Format.Date(placedBy, e.DateText)}  {e.Title}  [{SeedSpelling.Of(e.Status)}]");
            output.WriteLine($"    id:    {e.Id}");
            if (e.Parent is not null)
            {
                output.WriteLine($"    during: {e.Parent.Id}" + (datedByParent ? " (dated by it)" : ""));
            }
            var where = e.Place is null ? null : e.Place is Place place ? $"{place.Name}, {place.Country.Name}" : e.Place.Name;
            if (where is not null)
            {
                output.WriteLine($"    where: {where}");
            }

            if (e.Participants.Count > 0)
            {
                output.WriteLine("    who:   " + string.Join("; ", e.Participants.Select(p => $"{p.Actor.Name} ({SeedSpelling.Of(p.Role)})")));
            }

            output.WriteLine($"    codes: {TimelineCodes.Line(e)}");
            foreach (var evidence in e.Evidence)
            {
                output.WriteLine($"    “{Format.Shorten(evidence.Quote, 160)}” — {evidence.Source.Id}");
            }
        }

        if (events.Count == 0)
        {
            error.WriteLine($"No event matches {filter}.");
            return ExitCodes.NoResult;
        }

        return ExitCodes.Success;
    }

    private static Option<T?> EntityOption<T>(string name, string description)
        where T : Entity => new(name)
        {
            Description = description,
            HelpName = "id|name",
            CustomParser = result => Resolved(result, RecordResolver.TryEntity<T>(result.Tokens[^1].Value, out var found, out var error), found, error),
        };

    private static T? Resolved<T>(ArgumentResult result, bool ok, T? found, string error)
        where T : Record
    {
        if (!ok)
        {
            result.AddError(error);
        }

        return found;
    }
}
