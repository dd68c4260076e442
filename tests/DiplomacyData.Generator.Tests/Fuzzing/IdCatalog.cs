using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.Generator.Tests.Fuzzing;

/// <summary>The record ids of a seed set, for mutations that point a reference somewhere else.</summary>
internal sealed class IdCatalog
{
    private readonly Dictionary<string, IReadOnlyList<string>> _sameKind;
    private readonly Dictionary<string, IReadOnlyList<string>> _byKind;

    public IdCatalog(IEnumerable<SeedRecord> records)
    {
        var list = records.ToList();
        All = list.Select(r => r.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
        var byKind = _byKind = list.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal).ToList());
        _sameKind = list.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => byKind[g.First().Kind], StringComparer.Ordinal);
    }

    /// <summary>Every id, in ordinal order.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>The ids of records of the same kind as <paramref name="id"/> (itself included); empty for an unknown id.</summary>
    public IReadOnlyList<string> SameKindAs(string id) => _sameKind.TryGetValue(id, out var ids) ? ids : Array.Empty<string>();

    /// <summary>The ids of one kind ("sources"), in ordinal order.</summary>
    public IReadOnlyList<string> OfKind(string kind) => _byKind.TryGetValue(kind, out var ids) ? ids : Array.Empty<string>();

    public bool Contains(string id) => _sameKind.ContainsKey(id);
}
