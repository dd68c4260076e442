using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Schema.Rules;

/// <summary>
/// A statement's <c>speakers</c> agree with its <c>attribution</c>: a statement attributed to its speakers
/// (the default, when no attribution is given) names at least one (DD0003); one the article reports without
/// a speaker, or that is the outlet's own, names none (DD0028), since a speaker would say the opposite.
/// </summary>
internal sealed class AttributedSpeakersRule : RecordRule
{
    /// <summary>The seed word for a statement said by its speakers; an absent attribution means it too.</summary>
    public const string BySpeakers = "speakers";

    /// <summary>The seed word for a statement the article reports without saying who said it.</summary>
    public const string Unattributed = "unattributed";

    /// <summary>The seed word for the outlet's own analysis or commentary.</summary>
    public const string ByOutlet = "outlet";

    private const string AttributionField = "attribution";
    private const string SpeakersField = "speakers";

    public override void Check(SeedRecord record, RuleReport report)
    {
        var attribution = record[AttributionField];
        var speakers = record[SpeakersField];
        var hasSpeakers = !speakers.IsAbsent && speakers.Items.Count > 0;
        var word = attribution.IsAbsent ? BySpeakers : attribution.Text;
        if (word == BySpeakers && !hasSpeakers)
        {
            // Point at what the curator wrote last: the empty list, the attribution, or else the record.
            var location = speakers.Location ?? attribution.Location ?? record.IdLocation;
            var who = attribution.IsAbsent
                ? $"A statement without an '{AttributionField}' (which means \"{BySpeakers}\")"
                : $"A statement with '{AttributionField}' \"{BySpeakers}\"";
            report(SeedDiagnostics.MissingRequired, location, $"{who}, unless the article names no speaker ('{AttributionField}' \"{Unattributed}\") or it is the outlet's own words (\"{ByOutlet}\"),", SpeakersField);
        }
        else if (hasSpeakers && Meaning(word) is { } meaning)
        {
            report(SeedDiagnostics.ContradictoryFields, speakers.Location!, SpeakersField, AttributionField, word!, meaning);
        }
    }

    /// <summary>What an attribution without speakers says, for the message; null for any other word (a wrong word is DD0015's).</summary>
    private static string? Meaning(string? word) => word switch
    {
        Unattributed => "the article reports the statement without naming who made it",
        ByOutlet => "the statement is the outlet's own analysis or commentary",
        _ => null,
    };
}
