using System;
using System.Threading;

namespace DiplomacyData.Generator.Sharing;

/// <summary>
/// One run of a piece of generator work that another compilation in the same process may join instead of
/// doing it again: it waits for the result (giving up when its own build is cancelled), or learns that the
/// run failed and does the work itself.
/// </summary>
internal sealed class SharedRun<T>
    where T : class
{
    /// <summary>How often a waiting compilation looks at its own cancellation token.</summary>
    private static readonly TimeSpan CancellationPoll = TimeSpan.FromMilliseconds(50);

    private readonly object _gate = new();
    private T? _value;
    private bool _finished;

    /// <summary>The run's result, waiting for it if it is under way; false when the run failed or was cancelled.</summary>
    public bool TryJoin(CancellationToken token, out T value)
    {
        lock (_gate)
        {
            while (!_finished)
            {
                token.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, CancellationPoll);
            }

            value = _value!;
            return _value is not null;
        }
    }

    public void Complete(T value) => Finish(value);

    /// <summary>The run threw (most often: its build was cancelled); whoever waits does the work itself.</summary>
    public void Fail() => Finish(null);

    private void Finish(T? value)
    {
        lock (_gate)
        {
            _value = value;
            _finished = true;
            Monitor.PulseAll(_gate);
        }
    }
}
