extern alias memorypack;

using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DiplomacyData.JsonBaseline;
using DiplomacyData.TunedJsonBaseline;
using MemoryPackDataset = memorypack::DiplomacyData.MemoryPackBaseline.MemoryPackDataset;

namespace DiplomacyData.Benchmarks;

/// <summary>
/// The same queries against the compiled dataset and the JSON baseline, after both are loaded (the
/// cold start is measured by ColdStart/, not here). The name and participant lookups also run against the
/// tuned JSON reader and MemoryPack, which keep no indexes: each of their lookups scans, as on a cold start. Subjects are picked from the data itself in
/// GlobalSetup, so the benchmarks run on the real seeds and on every synthetic size.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class QueryBenchmarks
{
    private static readonly DateTime From = new(2023, 7, 1);
    private static readonly DateTime To = new(2023, 7, 31);

    /// <summary>
    /// 64 month windows taken in turn: more than the 16 answers <see cref="Dataset.EventsBetween"/> keeps, so
    /// each call asks for a window not asked recently, as a program that browses the timeline does.
    /// </summary>
    private static readonly (DateTime From, DateTime To)[] Windows = Enumerable.Range(0, 64)
        .Select(month => new DateTime(2020, 1, 1).AddMonths(month))
        .Select(from => (from, from.AddMonths(1).AddDays(-1)))
        .ToArray();

    private int _jsonWindow;
    private int _compiledWindow;

    private Dataset _compiled = null!;
    private JsonDataset _json = null!;
    private TunedJsonDataset _tuned = null!;
    private MemoryPackDataset _memoryPack = null!;
    private string _eventId = "";
    private string _plainName = "";
    private Person _person = null!;
    private Entity _place = null!;
    private Topic _topic = null!;
    private Country _italy = null!;
    private Country _vietnam = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compiled = Dataset.Current;
        _json = JsonDataset.Current;
        _tuned = TunedJsonDataset.Current;
        _memoryPack = MemoryPackDataset.Current;
        _eventId = _compiled.Events[_compiled.Events.Count / 2].Id;
        _person = _compiled.People.First(p => p.Aliases.Count > 0 && _compiled.EventsWith(p).Count > 0);
        _plainName = _person.Aliases[0];
        _place = _compiled.Events.Select(e => e.Place).OfType<Place>().First();
        _topic = _compiled.Topics.First(t => t.Parent is null);
        _italy = _compiled.Find<Country>("italy")!;
        _vietnam = _compiled.Find<Country>("vietnam")!;
        var compiledId = _compiled.FindByName(_plainName)[0].Id;
        var disagreements = new (string Query, bool Agree)[]
        {
            ("FindByName", _json.FindByName(_plainName).Count == _compiled.FindByName(_plainName).Count),
            ("EventsAbout", _json.EventsAbout(_topic.Id).Count == _compiled.EventsAbout(_topic).Count),
            ("EventsBetween", _json.EventsBetween(From, To).Count == _compiled.EventsBetween(From, To).Count),
            ("Linq", JsonLinq() == CompiledLinq()),
            ("tuned FindIdByName", _tuned.FindIdByName(_plainName) == compiledId),
            ("MemoryPack FindByName", _memoryPack.FindByName(_plainName)?.Id == compiledId),
            ("tuned EventsWith", Tuned_EventsWith() == Compiled_EventsWith()),
            ("MemoryPack EventsWith", MemoryPack_EventsWith() == Compiled_EventsWith()),
        }.Where(check => !check.Agree).Select(check => check.Query).ToList();
        if (disagreements.Count > 0)
        {
            throw new InvalidOperationException($"The compiled dataset and a baseline disagree on {string.Join(", ", disagreements)}; the comparison would be meaningless.");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("FindById")]
    public object? Json_FindById() => _json.Find(_eventId);

    [Benchmark, BenchmarkCategory("FindById")]
    public object? Compiled_FindById() => _compiled.Find(_eventId);

    [Benchmark(Baseline = true), BenchmarkCategory("FindByAlias")]
    public int Json_FindByAlias() => _json.FindByName(_plainName).Count;

    [Benchmark, BenchmarkCategory("FindByAlias")]
    public int Compiled_FindByAlias() => _compiled.FindByName(_plainName).Count;

    [Benchmark, BenchmarkCategory("FindByAlias")]
    public string? Tuned_FindByAlias() => _tuned.FindIdByName(_plainName);

    [Benchmark, BenchmarkCategory("FindByAlias")]
    public object? MemoryPack_FindByAlias() => _memoryPack.FindByName(_plainName);

    [Benchmark(Baseline = true), BenchmarkCategory("EventsWithParticipant")]
    public int Json_EventsWith() => _json.EventsWith(_person.Id).Count;

    [Benchmark, BenchmarkCategory("EventsWithParticipant")]
    public int Compiled_EventsWith() => _compiled.EventsWith(_person).Count;

    [Benchmark, BenchmarkCategory("EventsWithParticipant")]
    public int Tuned_EventsWith() => _tuned.CountEventsWith(_person.Id);

    [Benchmark, BenchmarkCategory("EventsWithParticipant")]
    public int MemoryPack_EventsWith() => _memoryPack.CountEventsWith(_person.Id);

    [Benchmark(Baseline = true), BenchmarkCategory("EventsAtPlace")]
    public int Json_EventsAt() => _json.EventsAt(_place.Id).Count;

    [Benchmark, BenchmarkCategory("EventsAtPlace")]
    public int Compiled_EventsAt() => _compiled.EventsAt(_place).Count;

    [Benchmark(Baseline = true), BenchmarkCategory("EventsAboutTopic")]
    public int Json_EventsAbout() => _json.EventsAbout(_topic.Id).Count;

    [Benchmark, BenchmarkCategory("EventsAboutTopic")]
    public int Compiled_EventsAbout() => _compiled.EventsAbout(_topic).Count;

    [Benchmark(Baseline = true), BenchmarkCategory("EventsBetween")]
    public int Json_EventsBetween() => _json.EventsBetween(From, To).Count;

    [Benchmark, BenchmarkCategory("EventsBetween")]
    public int Compiled_EventsBetween() => _compiled.EventsBetween(From, To).Count;

    [Benchmark(Baseline = true), BenchmarkCategory("EventsBetweenNewWindow")]
    public int Json_EventsBetween_NewWindow()
    {
        var (from, to) = Windows[_jsonWindow++ % Windows.Length];
        return _json.EventsBetween(from, to).Count;
    }

    [Benchmark, BenchmarkCategory("EventsBetweenNewWindow")]
    public int Compiled_EventsBetween_NewWindow()
    {
        var (from, to) = Windows[_compiledWindow++ % Windows.Length];
        return _compiled.EventsBetween(from, to).Count;
    }

    /// <summary>A typical LINQ query: events held in Italy with a Vietnamese participant.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Linq")]
    public int JsonLinq() => _json.Data.Events.Count(e =>
        _json.CountryOf(e.Place) == "italy" && (e.Participants ?? new List<JsonParticipant>()).Any(p => _json.HomeCountryOf(p.Actor) == "vietnam"));

    [Benchmark, BenchmarkCategory("Linq")]
    public int CompiledLinq() => _compiled.Events.Count(e =>
        e.Country == _italy && e.Participants.Any(p => p.Actor.HomeCountry == _vietnam));
}
