using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DiplomacyData.Explorer.Releases;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class HelpTests
{
    private static readonly string Root =
        ReleaseStore.Find(AppContext.BaseDirectory)?.RepositoryRoot ?? throw new InvalidOperationException("The checkout was not found above the test binaries.");

    [Theory]
    [InlineData("timeline", "--year")]
    [InlineData("search", "<text>")]
    [InlineData("show", "<id>")]
    [InlineData("export", "--format")]
    [InlineData("stats", "Usage:")]
    [InlineData("validate", "--seeds <dir>")]
    [InlineData("report", "--output <dir>")]
    public void Every_command_has_help_naming_its_arguments(string command, string expected)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var result = Explorer.Run(command, flag);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("", result.Error);
            Assert.Contains($"Usage:\n  diplomacy-data {command}", result.Output);
            Assert.Contains(expected, result.Output);
        }
    }

    [Fact]
    public void Root_help_lists_every_command_and_the_exit_codes()
    {
        var result = Explorer.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "timeline", "search <text>", "show <id>", "export", "stats", "validate", "report" })
        {
            Assert.Contains("  " + command, result.Output);
        }

        Assert.Contains("2 bad arguments", result.Output);
        Assert.Contains("Usage:\n  diplomacy-data [command] [options]", result.Output);
    }

    [Fact]
    public void Help_names_the_command_the_tool_installs()
    {
        // The usage line must be what `dotnet tool install` puts on the PATH, not the assembly's name.
        var project = XDocument.Load(Path.Combine(Root, "src", "DiplomacyData.Explorer", "DiplomacyData.Explorer.csproj"));
        var toolCommandName = project.Descendants("ToolCommandName").Single().Value;

        Assert.Equal(ExplorerApp.CommandName, toolCommandName);
        Assert.DoesNotContain("DiplomacyData.Explorer", Explorer.Run("--help").Output);
    }

    [Fact]
    public void Help_still_works_when_a_required_argument_is_missing()
    {
        var result = Explorer.Run("show", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }
}
