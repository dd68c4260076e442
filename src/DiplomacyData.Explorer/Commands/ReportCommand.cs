using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Progress;
using DiplomacyData.Explorer.Report;
using DiplomacyData.SeedCompiler.Checking;

namespace DiplomacyData.Explorer.Commands;

/// <summary>
/// <c>report</c>: a static HTML site of the provenance of every sentence, made from a seeds folder with the
/// seed compiler (the build's own sentence split and coverage rule), for reviewing the facts against their
/// articles. It needs no server and loads nothing from the network; it is not part of the package.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The linked model's version label; no page shows it (the footer names the seed hash instead).</summary>
    private const string ReleaseVersionLabel = "0.0.0";

    public static Command Create()
    {
        var seeds = ValidateCommand.SeedsOption("The seeds folder to report on.");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the site to (open index.html in a browser). It is replaced whole if it holds an earlier report; any other folder must be empty or new.",
            HelpName = "dir",
            Required = true,
        };

        var command = new Command("report", "Write a static HTML site showing each article with every sentence marked cited (by which records), excluded (and why) or not accounted for, "
            + "a page per record with its evidence in context and its references, and an index with counts, coverage, conflicts, inferred dates and the timeline. "
            + "Seed errors are printed as validate prints them and nothing is written. Exit codes: 0 written, 1 seed errors or the folder could not be written, 2 bad arguments or no such seeds folder.")
        {
            seeds,
            output,
        };
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var folder = ValidateCommand.SeedsFolder(parse, seeds, config.Error);
            return folder is null ? ExitCodes.Usage : Write(config.Output, config.Error, folder, parse.GetValue(output)!);
        });
        return command;
    }

    public static int Write(TextWriter output, TextWriter error, string seedsFolder, string target)
    {
        using var progress = TerminalProgress.For(error);
        var inputs = SeedFolder.Read(seedsFolder);
        progress.Begin("Checking seed files and articles", inputs.Count);
        var result = SeedCheck.Run(inputs, ReleaseVersionLabel);
        progress.Advance(inputs.Count);
        progress.Clear();
        var problems = ValidateCommand.WriteProblems(output, result.Diagnostics);
        if (result.HasErrors || result.Model is null)
        {
            var errors = problems.Count(p => p.Descriptor.Severity == SeedCompiler.Diagnostics.SeedSeverity.Error);
            error.WriteLine($"error: {seedsFolder} has {errors} seed {(errors == 1 ? "error" : "errors")} (listed above, as validate lists them); no report was written. Fix them and run report again.");
            return ExitCodes.NoResult;
        }

        try
        {
            using var writer = SiteWriter.Begin(target);
            var pages = ReportSite.Render(new ProvenanceSite(result.Model, result.Articles), writer, progress);
            progress.Clear();
            writer.Publish();
            var unaccounted = result.Articles.Sum(a => a.Sentences.Count(s => s.Status == SeedCompiler.Linking.SentenceStatus.Unaccounted));
            output.WriteLine($"Wrote {pages} pages ({result.Articles.Count} articles, {result.Model.Records.Count} records) to {target}; open {Path.Combine(target, SitePaths.Index)} in a browser."
                + (unaccounted == 0 ? "" : unaccounted == 1 ? " 1 sentence is not accounted for." : $" {unaccounted} sentences are not accounted for."));
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            progress.Clear();
            error.WriteLine($"error: Could not write the report to '{target}': {exception.Message.TrimEnd('.')}. Give a folder you can write with --output <dir>.");
            return ExitCodes.NoResult;
        }
    }
}
