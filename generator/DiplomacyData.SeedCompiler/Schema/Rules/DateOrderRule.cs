using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Schema.Rules;

/// <summary>
/// An end date is not before its start (DD0009). Dates of different precision are compared generously:
/// an end may be any day its text allows, so "2024" may end in "2024-03".
/// </summary>
internal sealed class DateOrderRule : RecordRule
{
    private readonly string _start;
    private readonly string _end;

    public DateOrderRule(string start, string end)
    {
        _start = start;
        _end = end;
    }

    public override void Check(SeedRecord record, RuleReport report)
    {
        var start = record[_start];
        var end = record[_end];
        if (start.Text is not null && end.Text is not null && PartialDateText.EndsBeforeStart(start.Text, end.Text))
        {
            report(SeedDiagnostics.DateContradiction, end.Location!, $"'{_end}' {end.Text} is before '{_start}' {start.Text}; swap them or correct one");
        }
    }
}
