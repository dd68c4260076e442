using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Export;
using DiplomacyData.Explorer.Releases;
using DuckDB.NET.Data;
using Xunit;
using Xunit.Abstractions;

namespace DiplomacyData.Explorer.Tests;

/// <summary>
/// The Parquet export read back the way an analyst reads it, with SQL in DuckDB: every kind's rows and ids, its
/// column types, and real questions whose answers must be the library's own LINQ answers.
/// </summary>
public sealed class ExportParquetTests : IClassFixture<ExportParquetTests.ParquetExport>
{
    private static readonly Dataset Data = Dataset.Current;
    private readonly ParquetExport _export;
    private readonly ITestOutputHelper _log;

    public ExportParquetTests(ParquetExport export, ITestOutputHelper log)
    {
        _export = export;
        _log = log;
    }

    [Fact]
    public void The_export_prints_one_line_per_file_and_nothing_on_standard_error()
    {
        Assert.Equal(0, _export.Result.ExitCode);
        Assert.Equal("", _export.Result.Error);
        Assert.Contains($"events.parquet          {Data.Events.Count} records", _export.Result.Output);
        Assert.Contains("Wrote 15 files to ", _export.Result.Output);
    }

    [Fact]
    public void Every_kind_has_one_row_per_record_with_every_id_in_order_and_the_csv_field_names()
    {
        foreach (var kind in RecordFields.Kinds)
        {
            var table = KindNames.PluralOf(kind);
            Assert.Equal(Data.Info.Counts[kind], _export.Scalar<long>($"SELECT count(*) FROM {table}"));
            Assert.Equal(Data.All.Where(r => r.Kind == kind).Select(r => r.Id), _export.Column<string>($"SELECT id FROM {table}"));
            Assert.Equal(RecordFields.DefinitionsOf(kind).Select(d => d.Name), _export.Column<string>($"SELECT column_name FROM (DESCRIBE {table})"));
        }

        var rows = Data.ToEventRows();
        Assert.Equal(rows.Count, _export.Scalar<long>("SELECT count(*) FROM event_rows"));
        Assert.Equal(rows.Select(r => r.Event.Id), _export.Column<string>("SELECT event FROM event_rows"));
    }

    [Theory]
    [InlineData("events", "date", "DATE")]
    [InlineData("events", "date_precision", "VARCHAR")]
    [InlineData("events", "date_not_before", "DATE")]
    [InlineData("events", "ordinal", "INTEGER")]
    [InlineData("events", "topics", "VARCHAR[]")]
    [InlineData("events", "participants", "STRUCT(actor VARCHAR, \"role\" VARCHAR)[]")]
    [InlineData("events", "cameo", "STRUCT(code VARCHAR, sources VARCHAR[], targets VARCHAR[])[]")]
    [InlineData("figures", "value", "DECIMAL(38,10)")]
    [InlineData("event_rows", "date_not_after", "DATE")]
    [InlineData("event_rows", "evidence_sources", "VARCHAR[]")]
    public void Columns_are_typed(string table, string column, string type) =>
        Assert.Equal(type, _export.Scalar<string>($"SELECT column_type FROM (DESCRIBE {table}) WHERE column_name = '{column}'"));

    [Fact]
    public void A_date_is_its_first_day_with_its_precision_and_the_first_and_last_day_it_can_be()
    {
        var dates = _export.Rows("SELECT id, CAST(date AS VARCHAR), date_precision, CAST(date_not_before AS VARCHAR), CAST(date_not_after AS VARCHAR) FROM events")
            .ToDictionary(row => (string)row[0]!);
        Assert.Contains(Data.Events, e => e.Date.Precision == DatePrecision.Year);
        Assert.Contains(Data.Events, e => e.Date.IsBounded);
        foreach (var e in Data.Events)
        {
            var row = dates[e.Id];
            Assert.Equal(e.Date.IsKnown ? Iso(e.Date.Earliest) : null, row[1]);
            Assert.Equal(FieldNaming.SeedWordOf(e.Date.Precision), row[2]);
            Assert.Equal(Iso(e.Date.Earliest), row[3]);
            Assert.Equal(Iso(e.Date.Latest), row[4]);
        }
    }

    [Fact]
    public void Events_per_year()
    {
        var linq = Data.Events.Where(e => e.Date.IsKnown).GroupBy(e => e.Date.Year!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
        var sql = _export.Rows("SELECT year(date), count(*) FROM events WHERE date IS NOT NULL GROUP BY ALL ORDER BY 1").Select(r => $"{r[0]}: {r[1]}");

        Assert.Equal(linq, sql);
        Answer(sql);
        Assert.True(sql.Count() > 1);
    }

    [Fact]
    public void Events_with_a_person_among_their_participants()
    {
        // The person in most events, so that the answer has something in it.
        var person = Data.People.OrderByDescending(p => Data.EventsWith(p).Count).ThenBy(p => p.Id, StringComparer.Ordinal).First();
        var linq = Data.Events.Where(e => e.Participants.Any(p => p.Actor == person)).Select(e => e.Id).Order(StringComparer.Ordinal);
        var sql = _export.Column<string>($"SELECT id FROM events WHERE list_contains([p.actor FOR p IN participants], '{person.Id}') ORDER BY id");

        Assert.Equal(linq, sql);
        Answer(sql);
        Assert.True(sql.Count > 1);
    }

    [Fact]
    public void Statements_a_person_made()
    {
        var speaker = Data.People.OrderByDescending(p => Data.Statements.Count(s => s.Speakers.Contains(p))).ThenBy(p => p.Id, StringComparer.Ordinal).First();
        var linq = Data.Statements.Where(s => s.Speakers.Contains(speaker)).Select(s => s.Id).Order(StringComparer.Ordinal);
        var sql = _export.Column<string>($"SELECT id FROM statements WHERE list_contains(speakers, '{speaker.Id}') ORDER BY id");

        Assert.Equal(linq, sql);
        Answer(sql);
        Assert.True(sql.Count > 1);
    }

    [Fact]
    public void Claims_that_conflict_give_different_values_for_one_property_of_one_record()
    {
        var linq = Data.Claims.GroupBy(c => (c.Subject.Id, c.Property)).Where(g => g.Select(c => c.Value).Distinct().Count() > 1)
            .OrderBy(g => g.Key.Id, StringComparer.Ordinal).ThenBy(g => g.Key.Property, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Id} {g.Key.Property}: " + string.Join(" | ", g.OrderBy(c => c.Rank).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => $"{c.Value} ({FieldNaming.SeedWordOf(c.Rank)})")));
        var sql = _export.Rows("""
            SELECT subject, property, string_agg(value || ' (' || rank || ')', ' | ' ORDER BY CASE rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, id)
            FROM claims GROUP BY ALL HAVING count(DISTINCT value) > 1 ORDER BY subject, property
            """).Select(r => $"{r[0]} {r[1]}: {r[2]}");

        Assert.Equal(linq, sql);
        Answer(sql);
        Assert.Equal(2, sql.Count());
    }

    [Fact]
    public void Events_that_could_fall_in_a_year_by_the_date_bounds()
    {
        var year = PartialDate.FromYear(2023);
        var linq = Data.Events.Where(e => e.Date.Overlaps(year)).Select(e => e.Id).Order(StringComparer.Ordinal);
        // A missing bound is an open side, as the library reads it; an undated event has neither and is in no window.
        var sql = _export.Column<string>("""
            SELECT id FROM events
            WHERE (date_not_before IS NOT NULL OR date_not_after IS NOT NULL)
              AND coalesce(date_not_before, DATE '0001-01-01') <= DATE '2023-12-31'
              AND coalesce(date_not_after, DATE '9999-12-31') >= DATE '2023-01-01'
            ORDER BY id
            """);

        Assert.Equal(linq, sql);
        Answer(sql);
        Assert.True(sql.Count > 3);
    }

    [Fact]
    public void Figure_values_summed_per_unit()
    {
        var linq = Data.Figures.GroupBy(f => f.Unit).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(f => f.Value))).ToArray();
        var sql = _export.Rows("SELECT unit, sum(value) FROM figures GROUP BY unit ORDER BY unit").Select(r => ((string)r[0]!, (decimal)r[1]!)).ToArray();

        Assert.Equal(linq, sql);
        Answer(sql);
        Assert.Contains(sql, unit => unit.Item2 >= 1_000_000_000m);
    }

    [Fact]
    public void Coded_actions_per_system_and_source_country_from_the_event_rows()
    {
        var linq = Data.ToEventRows().GroupBy(r => (System: r.System.ToString().ToUpperInvariant(), Country: r.SourceCountry?.Iso3 ?? ""))
            .OrderBy(g => g.Key.System, StringComparer.Ordinal).ThenBy(g => g.Key.Country, StringComparer.Ordinal)
            .Select(g => $"{g.Key.System} {g.Key.Country}: {g.Select(r => (r.Event.Id, r.Code)).Distinct().Count()}");
        var sql = _export.Rows("""
            SELECT code_system, coalesce(source_country_iso3, ''), count(DISTINCT (event, code)) FROM event_rows GROUP BY ALL ORDER BY 1, 2
            """).Select(r => $"{r[0]} {r[1]}: {r[2]}");

        Assert.Equal(linq, sql);
        Answer(sql);
    }

    /// <summary>The answer, in the test's output, for a reader comparing it with the README or a report.</summary>
    private void Answer<T>(IEnumerable<T> answer) => _log.WriteLine(string.Join(Environment.NewLine, answer));

    [Fact]
    public void The_README_DuckDB_queries_run_on_the_export_and_find_rows()
    {
        var readme = File.ReadAllText(Path.Combine(ReleaseStore.Find(AppContext.BaseDirectory)!.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("-- DuckDB: events that could fall in 2023", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md no longer has the DuckDB sample for the Parquet export.");
        var block = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var statements = block.Replace("artifacts/exports/parquet/", _export.Folder + "/", StringComparison.Ordinal)
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, statements.Length);
        Assert.All(statements, statement => Assert.NotEmpty(_export.Rows(statement)));
    }

    private static string? Iso(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One export of every kind to Parquet, and a DuckDB connection with a view per file.</summary>
    public sealed class ParquetExport : IDisposable
    {
        private readonly Scratch _folder = new();
        private readonly DuckDBConnection _connection = new("DataSource=:memory:");

        public ParquetExport()
        {
            Result = Explorer.Run("export", "--format", "parquet", "--output", _folder.Path);
            _connection.Open();
            foreach (var file in Directory.GetFiles(_folder.Path, "*.parquet"))
            {
                var view = Path.GetFileNameWithoutExtension(file).Replace('-', '_');
                Execute($"CREATE VIEW {view} AS SELECT * FROM read_parquet('{file.Replace("'", "''")}')");
            }
        }

        internal ExplorerResult Result { get; }

        public string Folder => _folder.Path;

        public T Scalar<T>(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
        }

        public List<T> Column<T>(string sql) => Rows(sql).Select(row => (T)row[0]!).ToList();

        public List<object?[]> Rows(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        }

        public void Dispose()
        {
            _connection.Dispose();
            _folder.Dispose();
        }

        private void Execute(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        private sealed class Scratch : TemporaryFolder
        {
            public string Path => Folder;
        }
    }
}
