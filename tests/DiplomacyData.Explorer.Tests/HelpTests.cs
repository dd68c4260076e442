using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class HelpTests
{
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
            Assert.Contains("Usage:", result.Output);
            Assert.Contains($" {command}", result.Output);
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
    }

    [Fact]
    public void Help_still_works_when_a_required_argument_is_missing()
    {
        var result = Explorer.Run("show", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }
}
