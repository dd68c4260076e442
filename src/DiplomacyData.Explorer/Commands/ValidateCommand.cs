using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Releases;
using DiplomacyData.SeedCompiler.Checking;
using DiplomacyData.SeedCompiler.Diagnostics;

namespace DiplomacyData.Explorer.Commands;

/// <summary>
/// <c>validate</c>: the build's seed checks without the build. It parses and links a seeds folder with
/// the seed compiler the generator uses, so a curator sees every DDxxxx error a build would report,
/// in the compiler's format, in a fraction of a second instead of a full library compile.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The linked model's version label; no check depends on it, so validate needs no build properties.</summary>
    private const string ReleaseVersionLabel = "0.0.0";

    public static Command Create()
    {
        var seeds = SeedsOption("The seeds folder to check.");

        var command = new Command("validate", "Run the build's seed checks (JSON syntax, schema, references, dates, verbatim quotes, coverage) on a seeds folder without compiling the library. "
            + "Errors and warnings go to standard output as the compiler prints them (file(line,col): error DD0007: ...), then the sentence coverage of each source and a count. "
            + "Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 bad arguments or no such folder.")
        {
            seeds,
        };
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var folder = SeedsFolder(parse, seeds, config.Error);
            return folder is null ? ExitCodes.Usage : Write(config.Output, folder);
        });
        return command;
    }

    /// <summary>The <c>--seeds &lt;dir&gt;</c> option, with the default every command that reads seeds shares.</summary>
    public static Option<string?> SeedsOption(string purpose) => new("--seeds")
    {
        Description = purpose + " Default: the seeds folder of the repository around the current directory (the folder holding DiplomacyData.sln), else ./seeds.",
        HelpName = "dir",
    };

    /// <summary>The folder <paramref name="option"/> names (or the default), or null after saying on <paramref name="error"/> that it does not exist.</summary>
    public static string? SeedsFolder(ParseResult parse, Option<string?> option, TextWriter error)
    {
        var folder = parse.GetValue(option) ?? DefaultSeedsFolder(Directory.GetCurrentDirectory());
        if (Directory.Exists(folder))
        {
            return folder;
        }

        error.WriteLine($"error: The seeds folder '{folder}' does not exist. Give the folder that holds sources.json, articles/ and sources/ with --seeds <dir>.");
        error.WriteLine(ExplorerApp.HelpHint(parse.CommandResult.Command));
        return null;
    }

    /// <summary>Prints each error and warning as the compiler does; returns them.</summary>
    public static IReadOnlyList<SeedDiagnostic> WriteProblems(TextWriter output, IReadOnlyList<SeedDiagnostic> diagnostics)
    {
        var problems = diagnostics.Where(d => d.Descriptor.Severity != SeedSeverity.Info).ToList();
        foreach (var diagnostic in problems)
        {
            output.WriteLine(diagnostic.ToString());
        }

        return problems;
    }

    /// <summary>Checks <paramref name="folder"/> and prints what it found; returns the exit code.</summary>
    public static int Write(TextWriter output, string folder)
    {
        var clock = Stopwatch.StartNew();
        var inputs = SeedFolder.Read(folder);
        var result = SeedCheck.Run(inputs, ReleaseVersionLabel);
        clock.Stop();

        var problems = WriteProblems(output, result.Diagnostics);

        var coverage = result.Diagnostics.Where(d => d.Descriptor == SeedDiagnostics.CoverageReport).ToList();
        if (coverage.Count > 0)
        {
            if (problems.Count > 0)
            {
                output.WriteLine();
            }

            output.WriteLine("Sentence coverage (each sentence is cited by a fact or excluded with a reason):");
            foreach (var report in coverage)
            {
                output.WriteLine($"  {report.Message}");
            }
        }

        var errors = problems.Count(d => d.Descriptor.Severity == SeedSeverity.Error);
        var warnings = problems.Count - errors;
        output.WriteLine();
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} seed files and {2} source texts checked in {3} ms: {4} {5}, {6} {7}.",
            folder,
            inputs.Count(i => i.IsSeedFile),
            inputs.Count(i => i.IsSourceText),
            clock.ElapsedMilliseconds,
            errors,
            errors == 1 ? "error" : "errors",
            warnings,
            warnings == 1 ? "warning" : "warnings"));
        return errors > 0 ? ExitCodes.NoResult : ExitCodes.Success;
    }

    /// <summary>
    /// The seeds folder of the repository around <paramref name="start"/>: walking up to the folder that
    /// holds the solution file, else <c>./seeds</c>. Returned relative to <paramref name="start"/>, so
    /// diagnostics name files as a curator types them, not with this machine's absolute paths.
    /// </summary>
    public static string DefaultSeedsFolder(string start)
    {
        // The release store already knows how to find the checkout; its root holds seeds/ too.
        var checkout = ReleaseStore.Find(start)?.RepositoryRoot;
        return checkout is null ? "seeds" : Path.GetRelativePath(start, Path.Combine(checkout, "seeds"));
    }
}
