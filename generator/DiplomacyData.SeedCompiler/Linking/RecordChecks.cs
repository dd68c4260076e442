using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// The per-kind rules of one record: a fact carries evidence (DD0016), its quotes are in their articles,
/// and the rules its kind declares in the schema (<see cref="Schema.KindDef.Rules"/>) hold.
/// </summary>
internal static class RecordChecks
{
    public static void Check(SeedRecord record, SourceQuotes.QuoteSearch[] quotes, SourceQuotes sourceQuotes, LinkContext context)
    {
        var definition = record.Definition;
        var evidence = record["evidence"];
        if (definition.IsFact && (evidence.IsAbsent || evidence.Items.Count == 0))
        {
            context.Report(SeedDiagnostics.MissingEvidence, record.IdLocation, Capitalize(definition.Description), record.Id);
        }

        foreach (var quote in quotes)
        {
            sourceQuotes.CheckQuote(quote);
        }

        foreach (var rule in definition.Rules)
        {
            rule.Check(record, context.Report);
        }
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
