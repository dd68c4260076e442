using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DiplomacyData.Generator.Infrastructure;

/// <summary>
/// Finds where lines start, fed a text a piece at a time: after each LF, after each CR that is not
/// followed by an LF, and at 0.
/// </summary>
internal sealed class LineStarts
{
    private readonly List<int> _starts = new() { 0 };
    private int _pendingReturn = -1;

    public static int[] Of(string text)
    {
        var starts = new LineStarts();
        starts.Add(text.ToCharArray(), text.Length, 0);
        return starts.ToArray();
    }

    /// <summary>Reads the next piece of the text: <paramref name="count"/> characters that start at <paramref name="offset"/> in it.</summary>
    [MethodImpl(HotPath.Optimize)]
    public void Add(char[] chars, int count, int offset)
    {
        for (var i = 0; i < count; i++)
        {
            var c = chars[i];
            if (_pendingReturn >= 0 && c != '\n')
            {
                _starts.Add(_pendingReturn + 1);
            }

            _pendingReturn = -1;
            if (c == '\n')
            {
                _starts.Add(offset + i + 1);
            }
            else if (c == '\r')
            {
                _pendingReturn = offset + i;
            }
        }
    }

    public int[] ToArray()
    {
        if (_pendingReturn >= 0)
        {
            _starts.Add(_pendingReturn + 1);
            _pendingReturn = -1;
        }

        return _starts.ToArray();
    }
}
