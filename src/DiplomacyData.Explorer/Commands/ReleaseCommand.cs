using System.CommandLine;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Releases;

namespace DiplomacyData.Explorer.Commands;

/// <summary>
/// <c>release diff</c> and <c>release snapshot</c>: the semantic changelog between the last kept data
/// release and the compiled data, and keeping the compiled data as a release. Both work in a checkout
/// (they read and write <c>src/DiplomacyData/Releases/</c>).
/// </summary>
internal static class ReleaseCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "The kept release to compare with (default: the latest one)." };
        var diff = new Command("diff", "Print what changed since the last kept release, as a Markdown changelog section: records added, removed and changed by kind and id, each with its evidence, the public API changes, and the version bump they call for. Exit code 1 when DataReleaseVersion is too low for the changes.")
        {
            from,
        };
        diff.SetAction(parse => Diff(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(from)));

        var snapshot = new Command("snapshot", "Keep the compiled data and public API as release DataReleaseVersion under src/DiplomacyData/Releases/ and add its section to CHANGELOG.md there. Refuses when the version breaks the versioning policy or is already kept with other data.");
        snapshot.SetAction(parse => Snapshot(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        return new Command("release", "Data releases: the changelog since the last kept release, and keeping a new one.")
        {
            diff,
            snapshot,
        };
    }

    private static int Diff(TextWriter output, TextWriter error, string? fromText)
    {
        if (!TryOpen(error, out var store))
        {
            return ExitCodes.Usage;
        }

        ReleaseVersion previous;
        if (fromText is not null)
        {
            if (!ReleaseVersion.TryParse(fromText, out previous) || !store.Versions().Contains(previous))
            {
                error.WriteLine($"error: '{fromText}' is not a kept release; kept: {string.Join(", ", store.Versions())}.");
                return ExitCodes.Usage;
            }
        }
        else if (store.Latest() is { } latest)
        {
            previous = latest;
        }
        else
        {
            error.WriteLine($"error: no release is kept in {store.Folder} yet; run 'release snapshot' to keep the first.");
            return ExitCodes.NoResult;
        }

        var comparison = ReleaseComparison.Against(store, previous);
        output.Write(ChangelogWriter.Section(previous, comparison.Current, comparison.Api, comparison.Data));
        if (comparison.Violation is { } violation)
        {
            error.WriteLine("error: " + violation);
            return ExitCodes.NoResult;
        }

        return ExitCodes.Success;
    }

    private static int Snapshot(TextWriter output, TextWriter error)
    {
        if (!TryOpen(error, out var store))
        {
            return ExitCodes.Usage;
        }

        var result = ReleaseKeeper.Keep(store);
        (result.Succeeded ? output : error).WriteLine(result.Message);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.NoResult;
    }

    private static bool TryOpen(TextWriter error, out ReleaseStore store)
    {
        store = ReleaseStore.Find(Directory.GetCurrentDirectory())!;
        if (store is null)
        {
            error.WriteLine("error: release commands work in a checkout of DiplomacyData; run them from inside the repository.");
            return false;
        }

        return true;
    }
}
