using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace DiplomacyData.Generator.Infrastructure;

/// <summary>Turns character offsets of one file into line and column positions.</summary>
internal sealed class LineMap
{
    private readonly string _path;
    private readonly List<int> _lineStarts = new() { 0 };

    public LineMap(string path, string text)
    {
        _path = path;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public LocationInfo Locate(int start, int length)
    {
        return new LocationInfo(_path, new TextSpan(start, length), new LinePositionSpan(Position(start), Position(start + length)));
    }

    private LinePosition Position(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }
}
