using System;
using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>
/// The parent chains of the kinds that have one (<see cref="KindDef.ParentField"/>): each loop is
/// reported once and broken (DD0010), and records are put in kind order, then id order, with every
/// parent before its children, which is the order the library materializes them in.
/// </summary>
internal sealed class Hierarchy
{
    private readonly LinkContext _context;
    private readonly HashSet<string> _parentDropped = new(StringComparer.Ordinal);

    public Hierarchy(LinkContext context) => _context = context;

    /// <summary>Each record's usable parent, by id, once <see cref="BreakCycles"/> has run.</summary>
    public Dictionary<string, string> Parents { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the record's parent was dropped because its chain looped back to it.</summary>
    public bool ParentDropped(string id) => _parentDropped.Contains(id);

    /// <summary>Finds parent chains that loop, reports them once, and keeps each record's usable parent in <see cref="Parents"/>.</summary>
    public void BreakCycles(List<SeedRecord> records)
    {
        var parents = Parents;
        foreach (var record in records)
        {
            var field = record.Definition.ParentField;
            var parentId = field is null ? null : record[field.Name].Text;
            if (parentId is not null && _context.ById.TryGetValue(parentId, out var parent) && parent.Kind == record.Kind)
            {
                parents[record.Id] = parentId;
            }
        }

        // A chain already known to end at a root is not walked again, so a deep hierarchy costs one walk
        // per record up to the first known-good ancestor rather than one walk to the top for every record.
        var reachesRoot = new HashSet<string>(StringComparer.Ordinal);
        var seen = new List<string>();
        var onWalk = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            // One walk's collections, cleared rather than made anew: most walks are a record or two long.
            seen.Clear();
            onWalk.Clear();
            seen.Add(record.Id);
            onWalk.Add(record.Id);
            var acyclic = false;
            for (var current = record.Id; ;)
            {
                if (!parents.TryGetValue(current, out var next) || reachesRoot.Contains(next))
                {
                    acyclic = true;
                    break;
                }

                if (next == record.Id)
                {
                    _context.Report(SeedDiagnostics.HierarchyCycle, record[record.Definition.ParentField!.Name].Location!, record.Id, string.Join(" → ", seen.Concat(new[] { next })));
                    parents.Remove(record.Id);
                    _parentDropped.Add(record.Id);
                    acyclic = true; // the record is a root now, and every record on the walk leads to it
                    break;
                }

                if (!onWalk.Add(next))
                {
                    break; // a cycle further up that does not pass through this record: reported from one of its own
                }

                seen.Add(next);
                current = next;
            }

            if (acyclic)
            {
                reachesRoot.UnionWith(seen);
            }
        }
    }

    /// <summary>Kind order, then id order, moved so that a parent always comes before its children.</summary>
    public List<SeedRecord> Order(List<SeedRecord> records)
    {
        var ordered = new List<SeedRecord>(records.Count);
        var chain = new Stack<SeedRecord>();
        foreach (var kind in records.GroupBy(r => SeedSchema.KindIndex(r.Kind)).OrderBy(g => g.Key))
        {
            var placed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in kind.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                // Walk up to the first ancestor already placed, then place the chain top-down. An explicit
                // stack, because a chain of thousands of sub-events would overflow the call stack.
                for (var current = record; placed.Add(current.Id);)
                {
                    chain.Push(current);
                    if (!Parents.TryGetValue(current.Id, out var parentId))
                    {
                        break;
                    }

                    current = _context.ById[parentId]; // BreakCycles kept only parents of the same kind
                }

                while (chain.Count > 0)
                {
                    ordered.Add(chain.Pop());
                }
            }
        }

        return ordered;
    }
}
