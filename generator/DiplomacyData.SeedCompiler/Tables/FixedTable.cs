using System;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Tables;

/// <summary>A table of fixed-width cells, one row per line, so that row <c>i</c> is found by arithmetic.</summary>
internal sealed class FixedTable
{
    private readonly ChunkedTable _rows;

    /// <summary>One row's cells, written in place and copied into the table.</summary>
    private readonly char[] _chars;

    public FixedTable(string name, string summary, int columns, int width = Cell.Width)
    {
        Columns = columns;
        Width = width;
        _chars = new char[columns * width];
        _rows = new ChunkedTable(name, summary);
    }

    public string Name => _rows.Name;

    /// <summary>The rows as a chunked table, for <see cref="TablePacking"/>.</summary>
    public ChunkedTable Chunks => _rows;

    public int Columns { get; }

    public int Width { get; }

    public int Rows => _rows.Rows;

    /// <summary>Rows per chunk: as many whole rows as fit in a chunk, so a row never straddles two chunks.</summary>
    public int RowsPerChunk => Cell.RowsPerChunk(Columns, Width);

    /// <summary>Adds a row of a one-column table; most rows are (ids, postings, addresses), so without an array for each.</summary>
    public void Add(int cell)
    {
        if (Columns != 1)
        {
            throw new InvalidOperationException($"{_rows.Name} has {Columns} columns, not 1.");
        }

        Cell.Write(_chars, 0, cell, Width);
        _rows.AddAscii(_chars, _chars.Length);
    }

    public void Add(params int[] cells)
    {
        if (cells.Length != Columns)
        {
            throw new InvalidOperationException($"{_rows.Name} has {Columns} columns, not {cells.Length}.");
        }

        for (var i = 0; i < cells.Length; i++)
        {
            Cell.Write(_chars, i * Width, cells[i], Width);
        }

        // Every row has the same length, so ChunkedTable closes a chunk after exactly RowsPerChunk rows.
        _rows.AddAscii(_chars, _chars.Length);
    }

}
