using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// The plural name of each record kind (<c>events</c>, <c>offices</c>), as the <c>Dataset</c> lists,
/// the export's <c>--kind</c> option and its file names (<c>events.csv</c>) spell it.
/// </summary>
public static class KindNames
{
    private static readonly string[] Plurals = Build();

    /// <summary>Every plural name, in <see cref="RecordKind"/> order.</summary>
    public static IReadOnlyList<string> All { get; } = Plurals;

    public static string PluralOf(RecordKind kind) => Plurals[(int)kind];

    /// <summary>The kind with this plural name (exact, lower case), or null.</summary>
    public static RecordKind? FromPlural(string name)
    {
        var index = Array.IndexOf(Plurals, name);
        return index < 0 ? null : (RecordKind)index;
    }

    private static string[] Build()
    {
        var names = Enum.GetValues<RecordKind>().OrderBy(kind => kind).Select(kind => kind switch
        {
            RecordKind.Source => "sources",
            RecordKind.Topic => "topics",
            RecordKind.EventSeries => "series",
            RecordKind.Country => "countries",
            RecordKind.Place => "places",
            RecordKind.Organization => "organizations",
            RecordKind.Person => "people",
            RecordKind.Event => "events",
            RecordKind.OfficeHeld => "offices",
            RecordKind.Agreement => "agreements",
            RecordKind.Statement => "statements",
            RecordKind.Figure => "figures",
            RecordKind.Claim => "claims",
            RecordKind.Exclusion => "exclusions",
            _ => throw new InvalidOperationException($"The record kind {kind} has no plural name."),
        });
        return names.ToArray();
    }
}
