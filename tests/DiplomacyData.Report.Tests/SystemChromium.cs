using System;
using System.IO;
using System.Linq;

namespace DiplomacyData.Report.Tests;

/// <summary>
/// The Chromium the browser tests drive: the system's own (Playwright cannot download one here, and CI
/// installs Debian's package). Without one the tests fail, saying how to get it; they never skip.
/// </summary>
internal static class SystemChromium
{
    /// <summary>Names to look for on PATH, headless-only build first.</summary>
    private static readonly string[] Names = { "chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };

    /// <summary>Overrides the search: the path of a Chromium or Chrome executable.</summary>
    public const string Variable = "DIPLOMACYDATA_CHROMIUM";

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{Variable} names '{configured}', which does not exist. Point it at a Chromium or Chrome executable, or unset it to use the one on PATH.");
        }

        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            "The report's browser tests need Chromium and found none on PATH (looked for " + string.Join(", ", Names) + "). "
            + "Install it with `apt-get install -y chromium-headless-shell` (Debian; `chromium` works too), "
            + $"or set {Variable} to the path of a Chromium or Chrome executable.");
    }
}
