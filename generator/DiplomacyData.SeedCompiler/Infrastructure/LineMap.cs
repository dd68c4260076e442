using System;
using System.Collections.Generic;
using DiplomacyData.SeedCompiler.Diagnostics;

namespace DiplomacyData.SeedCompiler.Infrastructure;

/// <summary>
/// Turns character offsets of one file into line and column positions. Compared by value (path and
/// line starts), because parsed seed values keep a reference to their file's map in their
/// <see cref="SeedSpan"/> and the pipeline compares those values to decide what to re-run.
/// </summary>
internal sealed class LineMap : IEquatable<LineMap>
{
    private readonly string _path;
    private readonly int[] _lineStarts;
    private readonly int _hash;

    public LineMap(string path, string text)
        : this(path, LineStarts.Of(text))
    {
    }

    /// <param name="path">The file's path.</param>
    /// <param name="lineStarts">The character offset of each line's start (see <see cref="LineStarts"/>).</param>
    public LineMap(string path, int[] lineStarts)
    {
        _path = path;
        _lineStarts = lineStarts;
        var hash = StringComparer.Ordinal.GetHashCode(path);
        foreach (var start in _lineStarts)
        {
            hash = unchecked((hash * 31) + start);
        }

        _hash = hash;
    }

    public LocationInfo Locate(int start, int length)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(start + length);
        return new LocationInfo(_path, start, length, startLine, startColumn, endLine, endColumn);
    }

    public bool Equals(LineMap? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && _path == other._path && _lineStarts.AsSpan().SequenceEqual(other._lineStarts)));

    public override bool Equals(object? obj) => Equals(obj as LineMap);

    public override int GetHashCode() => _hash;

    private (int Line, int Column) Position(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _lineStarts[line]);
    }
}
