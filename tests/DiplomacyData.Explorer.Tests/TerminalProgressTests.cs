using System.IO;
using DiplomacyData.Explorer.Progress;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

public sealed class TerminalProgressTests
{
    [Fact]
    public void On_a_terminal_the_line_is_redrawn_in_place_and_cleared_at_the_end()
    {
        var error = new StringWriter();
        using (var progress = new TerminalProgress(error, draws: true))
        {
            progress.Begin("events", 4);
            progress.Advance(4);
        }

        var text = error.ToString();
        Assert.StartsWith("\revents: 0/4 (0%)", text);
        Assert.Contains("\revents: 4/4 (100%)", text);
        Assert.EndsWith("\r" + new string(' ', "events: 4/4 (100%)".Length) + "\r", text);
        Assert.DoesNotContain("\n", text);
    }

    [Fact]
    public void A_shorter_stage_covers_the_tail_of_the_longer_line_before_it()
    {
        var error = new StringWriter();
        var progress = new TerminalProgress(error, draws: true);
        progress.Begin("article pages", 12);
        progress.Begin("index", 1);

        Assert.EndsWith("\rindex: 0/1 (0%)" + new string(' ', "article pages: 0/12 (0%)".Length - "index: 0/1 (0%)".Length), error.ToString());
    }

    [Fact]
    public void Redirected_it_prints_nothing_at_all()
    {
        var error = new StringWriter();
        using (var progress = new TerminalProgress(error, draws: false))
        {
            progress.Begin("events", 3);
            progress.Advance(3);
        }

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void A_writer_that_is_not_the_process_standard_error_never_draws()
    {
        var error = new StringWriter();
        using (var progress = TerminalProgress.For(error))
        {
            progress.Begin("events", 2);
            progress.Advance(2);
        }

        Assert.Equal(string.Empty, error.ToString());
    }

    [Theory]
    [InlineData(0, 200, "rows: 0/200 (0%)")]
    [InlineData(150, 200, "rows: 150/200 (75%)")]
    [InlineData(250, 200, "rows: 200/200 (100%)")]
    [InlineData(12345, 0, "rows: 12,345")]
    public void The_line_counts_with_invariant_digit_grouping_and_never_passes_the_total(long done, long total, string expected) =>
        Assert.Equal(expected, TerminalProgress.Line("rows", done, total));
}
