using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Export;

namespace DiplomacyData.Explorer.Commands;

/// <summary><c>stats</c>: records per kind and per source, and how completely each source is accounted for.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Print the release version and seed hash, how many records of each kind there are and how many cite each source, and the sentence coverage of each source.");
        command.SetAction(parse => Write(parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Write(TextWriter output)
    {
        var data = Dataset.Current;
        var info = data.Info;
        var sources = data.Sources.Select(s => s.Id).ToArray();
        output.WriteLine($"DiplomacyData {info.ReleaseVersion} (seed hash {info.SeedHash[..12]})");
        output.WriteLine();
        output.WriteLine("Records per kind, and how many of them cite each source (a record may cite several):");
        output.WriteLine($"  {"kind",-14} {"total",5}" + string.Concat(sources.Select(id => $" {id,12}")));
        foreach (var kind in RecordFields.Kinds)
        {
            var records = data.All.Where(r => r.Kind == kind).ToArray();
            // Sources, topics and series never carry evidence: their per-source cells stay blank rather than 0.
            var carriesEvidence = RecordFields.DefinitionsOf(kind).Any(d => d.Name == "evidence") || kind == RecordKind.Exclusion;
            var perSource = sources.Select(id => carriesEvidence ? records.Count(r => r.Evidence.Any(e => e.Source.Id == id)).ToString(CultureInfo.InvariantCulture) : "");
            output.WriteLine($"  {KindNames.PluralOf(kind),-14} {info.Counts[kind],5}" + string.Concat(perSource.Select(cell => $" {cell,12}")));
        }

        output.WriteLine();
        output.WriteLine("Sentence coverage (each sentence is cited by a fact or excluded with a reason):");
        foreach (var coverage in info.Coverage)
        {
            output.WriteLine($"  {coverage}  ({coverage.Ratio.ToString("P0", CultureInfo.InvariantCulture)})");
        }

        return ExitCodes.Success;
    }
}
