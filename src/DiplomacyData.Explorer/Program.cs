using System;
using System.IO;
using DiplomacyData.Explorer;

// A small console over the compiled dataset. With no arguments it prints the timeline.
var output = Console.Out;
var command = args.Length == 0 ? "timeline" : args[0];
var rest = args.Length == 0 ? Array.Empty<string>() : args[1..];
return command switch
{
    "timeline" => TimelineCommand.Run(output),
    "stats" => StatsCommand.Run(output),
    "show" when rest.Length == 1 => ShowCommand.Run(output, rest[0]),
    "search" when rest.Length == 1 => SearchCommand.Run(output, rest[0]),
    "help" or "--help" or "-h" => Usage(output, 0),
    _ => Usage(Console.Error, 2),
};

static int Usage(TextWriter writer, int exitCode)
{
    writer.WriteLine("DiplomacyData explorer: the compiled Vietnam–Italy dataset.");
    writer.WriteLine();
    writer.WriteLine("Usage: dotnet run --project src/DiplomacyData.Explorer -- [command]");
    writer.WriteLine("  timeline        every event in date order, with its evidence (the default)");
    writer.WriteLine("  stats           counts per kind and sentence coverage per source");
    writer.WriteLine("  show <id>       one record with its evidence");
    writer.WriteLine("  search <name>   people, places and organizations by name or alias (diacritics ignored)");
    return exitCode;
}
