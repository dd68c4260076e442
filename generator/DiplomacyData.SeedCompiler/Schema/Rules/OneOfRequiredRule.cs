using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Schema.Rules;

/// <summary>A record must give at least one of two optional fields (a place: its parent place or its country).</summary>
internal sealed class OneOfRequiredRule : RecordRule
{
    private readonly string _first;
    private readonly string _second;

    public OneOfRequiredRule(string first, string second)
    {
        _first = first;
        _second = second;
    }

    public override void Check(SeedRecord record, RuleReport report)
    {
        if (record[_first].IsAbsent && record[_second].IsAbsent)
        {
            report(SeedDiagnostics.MissingRequired, record.IdLocation, $"{Capitalize(record.Definition.Description)} without a '{_first}'", _second);
        }
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
