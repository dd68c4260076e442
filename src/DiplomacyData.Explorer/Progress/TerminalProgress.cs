using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace DiplomacyData.Explorer.Progress;

/// <summary>
/// A one-line progress count for long work (<c>report</c>, <c>export</c> on a large dataset), redrawn in place
/// on standard error. It draws only when standard error is a terminal: redirected to a file, a pipe or a
/// test's writer it prints nothing, so logs and captured output hold the command's own words and no more.
/// </summary>
internal sealed class TerminalProgress : IDisposable
{
    /// <summary>Redrawing more often than this costs time and shows nothing a reader can follow.</summary>
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly bool _draws;
    private readonly Stopwatch _sinceRedraw = new();
    private string _label = string.Empty;
    private long _total;
    private long _done;
    private int _drawnWidth;

    public TerminalProgress(TextWriter error, bool draws)
    {
        _error = error;
        _draws = draws;
    }

    /// <summary>A progress line on <paramref name="error"/> if it is this process's standard error and that is a terminal.</summary>
    public static TerminalProgress For(TextWriter error) =>
        new(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>Starts a stage of <paramref name="total"/> steps, replacing the stage before it on the same line.</summary>
    public void Begin(string label, long total)
    {
        _label = label;
        _total = Math.Max(0, total);
        _done = 0;
        Draw();
    }

    /// <summary>Counts <paramref name="steps"/> more steps done; redraws at most every 100 ms, and at the last step.</summary>
    public void Advance(long steps = 1)
    {
        _done += steps;
        if (_done >= _total || _sinceRedraw.Elapsed >= RedrawInterval)
        {
            Draw();
        }
    }

    /// <summary>Clears the line, so what the command prints next starts on a clean line; a later <see cref="Begin"/> draws again.</summary>
    public void Clear()
    {
        if (_draws && _drawnWidth > 0)
        {
            _error.Write("\r" + new string(' ', _drawnWidth) + "\r");
            _error.Flush();
            _drawnWidth = 0;
        }
    }

    /// <summary>Clears the line when the work is done, however it ended.</summary>
    public void Dispose() => Clear();

    /// <summary>The line as drawn: the stage, the count and, when the total is known, the percentage.</summary>
    internal static string Line(string label, long done, long total) =>
        total > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{label}: {Math.Min(done, total):N0}/{total:N0} ({Math.Min(done, total) * 100 / total}%)")
            : string.Create(CultureInfo.InvariantCulture, $"{label}: {done:N0}");

    private void Draw()
    {
        if (!_draws)
        {
            return;
        }

        var line = Line(_label, _done, _total);
        // Pad over a longer line drawn before, so no tail of it is left on screen.
        var padding = Math.Max(0, _drawnWidth - line.Length);
        _error.Write("\r" + line + new string(' ', padding));
        _error.Flush();
        _drawnWidth = line.Length;
        _sinceRedraw.Restart();
    }
}
