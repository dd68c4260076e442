using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Arguments;
using DiplomacyData.Explorer.Commands;

namespace DiplomacyData.Explorer;

/// <summary>
/// The explorer's commands on System.CommandLine. <see cref="Run"/> takes its writers as arguments,
/// so tests run the real command line in-process and read what it printed.
/// </summary>
internal static class ExplorerApp
{
    /// <summary>The command users type: the tool's command name (ToolCommandName in the project file).</summary>
    public const string CommandName = "diplomacy-data";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRootCommand();
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            ReportUsageErrors(parsed, root, error);
            return ExitCodes.Usage;
        }

        // No default exception handler: a bug should fail loudly with its stack trace, not as a usage error.
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// A plain <see cref="Command"/> named <see cref="CommandName"/> rather than a <see cref="RootCommand"/>, which
    /// takes its name from the executable and so would show "DiplomacyData.Explorer" in every usage line, run as the
    /// tool or not. RootCommand's help and version options are added by hand; its only other part, the [suggest]
    /// directive for dotnet-suggest completion, is left out.
    /// </summary>
    public static Command CreateRootCommand()
    {
        var root = new Command(
            CommandName,
            "DiplomacyData explorer: the compiled Vietnam–Italy dataset, every fact with its quote. "
            + "With no command it prints the whole timeline. "
            + "Exit codes: 0 done, 1 nothing matched (or the export or report could not be written, or validate or report found a seed error), 2 bad arguments.")
        {
            TimelineCommand.Create(),
            SearchCommand.Create(),
            ShowCommand.Create(),
            ExportCommand.Create(),
            StatsCommand.Create(),
            ReleaseCommand.Create(),
            ValidateCommand.Create(),
            ReportCommand.Create(),
            new HelpOption(),
            new VersionOption(),
        };
        root.SetAction(parse => TimelineCommand.Write(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, new TimelineFilter()));
        return root;
    }

    /// <summary>Every parse error on its own line, a "did you mean" for a mistyped command, and where to find help.</summary>
    private static void ReportUsageErrors(ParseResult parsed, Command root, TextWriter error)
    {
        foreach (var parseError in parsed.Errors)
        {
            error.WriteLine($"error: {parseError.Message}");
        }

        var command = parsed.CommandResult.Command;
        if (command == root && parsed.UnmatchedTokens.FirstOrDefault() is { } token)
        {
            var near = Suggestions.Nearest(token, root.Subcommands.Select(c => c.Name), max: 2);
            if (near.Count > 0)
            {
                error.WriteLine($"Did you mean: {string.Join(" or ", near)}?");
            }
        }

        error.WriteLine(HelpHint(command));
    }

    /// <summary>Where to find help for <paramref name="command"/>, as the user would type it: "Run 'diplomacy-data release snapshot --help' for usage."</summary>
    public static string HelpHint(Command command)
    {
        var names = new List<string>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return $"Run '{string.Join(" ", names)} --help' for usage.";
    }
}
