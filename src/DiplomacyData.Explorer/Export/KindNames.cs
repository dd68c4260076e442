using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Explorer.Export;

/// <summary>
/// The plural name of each record kind (<c>events</c>, <c>offices</c>), as the <c>Dataset</c> lists,
/// the export's <c>--kind</c> option and its file names (<c>events.csv</c>) spell it: the seed files' top-level key for the kind.
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

    // The schema's key for the kind ("offices" for OfficeHeld): the word the seed files use.
    private static string[] Build() =>
        Enum.GetValues<RecordKind>().OrderBy(kind => kind).Select(kind => SchemaKinds.Of(kind).JsonKey).ToArray();
}
