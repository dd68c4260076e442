using System.Collections.Generic;
using DiplomacyData.SeedCompiler.Linking;

namespace DiplomacyData.SeedCompiler.Tables;

/// <summary>Every index <see cref="IndexPlanner"/> works out for a model, computed together so that they can be computed apart from the records.</summary>
internal sealed class IndexPlan
{
    private IndexPlan(IndexPlanner planner)
    {
        IdSlots = planner.IdSlots();
        NameEntries = planner.NameEntries();
        References = planner.References();
        RelationLists = planner.RelationLists();
        EventDates = planner.EventDates();
    }

    public int[] IdSlots { get; }

    public List<(string Key, List<int> Records)> NameEntries { get; }

    /// <summary>Who refers to each record, by record position; null where nothing does.</summary>
    public List<(int Referrer, int Field)>?[] References { get; }

    public List<SortedDictionary<int, List<int>>> RelationLists { get; }

    public List<(int Earliest, int Latest, int Record)> EventDates { get; }

    public static IndexPlan Of(DatasetModel model) => new(new IndexPlanner(model));
}
