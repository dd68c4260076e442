using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>Bad arguments: a message on standard error, nothing on standard output, exit code 2.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("Unrecognized command or argument '--colour'", "timeline", "--colour", "red")]
    [InlineData("No record has the id or name 'no-such-record'", "show", "no-such-record")]
    [InlineData("Required argument missing", "show")]
    [InlineData("'20x3' is not a year", "timeline", "--year", "20x3")]
    [InlineData("ends before it starts", "timeline", "--year", "2025..2023")]
    [InlineData("'..' is not a year range", "timeline", "--year", "..")]
    [InlineData("No person has the id or name 'nobody-at-all'", "timeline", "--person", "nobody-at-all")]
    [InlineData("No country has the id or name 'france'. Known countries: italy (Italy), vietnam (Việt Nam).", "timeline", "--country", "france")]
    [InlineData("No topic has the id or name 'astrology'", "timeline", "--topic", "astrology")]
    [InlineData("Argument 'xml' not recognized", "export", "--format", "xml", "--kind", "events")]
    [InlineData("Argument 'eventz' not recognized", "export", "--kind", "eventz")]
    [InlineData("give a folder with --output <dir>", "export")]
    [InlineData("at least one letter or digit", "search", "!!")]
    public void Bad_arguments_are_reported_on_stderr_with_exit_code_2(string message, params string[] args)
    {
        var result = Explorer.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("error: " , result.Error);
        Assert.Contains(message, result.Error);
        Assert.Contains("--help' for usage.", result.Error);
    }

    [Theory]
    [InlineData("Run 'diplomacy-data --help' for usage.", "frobnicate")]
    [InlineData("Run 'diplomacy-data show --help' for usage.", "show")]
    [InlineData("Run 'diplomacy-data release snapshot --help' for usage.", "release", "snapshot", "--colour")]
    [InlineData("Run 'diplomacy-data validate --help' for usage.", "validate", "--seeds", "no-such-folder")]
    public void The_help_hint_is_a_command_line_to_type(string hint, params string[] args)
    {
        var result = Explorer.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(hint + "\n", result.Error);
    }

    [Fact]
    public void A_mistyped_command_gets_a_suggestion()
    {
        var result = Explorer.Run("timelin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean: timeline?", result.Error);
    }

    [Fact]
    public void A_name_of_another_kind_says_what_it_names()
    {
        var result = Explorer.Run("timeline", "--person", "Hà Nội");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No person has the id or name 'Hà Nội'. It names a place, hanoi (Hà Nội).", result.Error);
    }
}
