using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Infrastructure;

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
        if (count == 0)
        {
            return;
        }

        if (_pendingReturn >= 0)
        {
            // The last piece ended with a CR: a line starts after it unless this piece begins its CRLF.
            if (chars[0] != '\n')
            {
                _starts.Add(_pendingReturn + 1);
            }

            _pendingReturn = -1;
        }

        // From one line break to the next with a vectorized search: most characters are neither.
        var text = new ReadOnlySpan<char>(chars, 0, count);
        for (var i = 0; i < count;)
        {
            var next = text.Slice(i).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            var at = i + next;
            if (chars[at] == '\n')
            {
                _starts.Add(offset + at + 1);
                i = at + 1;
            }
            else if (at + 1 == count)
            {
                _pendingReturn = offset + at; // a CR at the end of the piece: the next piece says whether an LF follows
                i = at + 1;
            }
            else
            {
                var crlf = chars[at + 1] == '\n';
                _starts.Add(offset + at + (crlf ? 2 : 1));
                i = at + (crlf ? 2 : 1);
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
