using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Schema.Rules;

/// <summary>Reports one problem of a record: its diagnostic, where, and the message's arguments.</summary>
internal delegate void RuleReport(SeedDiagnosticDescriptor descriptor, LocationInfo location, params string[] args);

/// <summary>
/// A rule between the fields of one record (a place needs a parent or a country; an end is not before
/// its start), declared with its kind in <see cref="SeedSchema"/> and checked by the linker once every
/// value is parsed.
/// </summary>
internal abstract class RecordRule
{
    public abstract void Check(SeedRecord record, RuleReport report);
}
