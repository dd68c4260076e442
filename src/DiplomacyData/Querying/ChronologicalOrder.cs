using System;
using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// The one order the package lists events in: by <see cref="Event.EffectiveDate"/> in
/// <see cref="PartialDate"/>'s sort order (less precise dates first, undated events last); events placed on
/// the same date in tree order, a parent before its sub-events and each sub-event under its parent; then by id.
/// <see cref="Dataset.Timeline"/>, <see cref="Dataset.EventsBetween"/> and the explorer's timeline use it.
/// </summary>
public sealed class ChronologicalOrder : IComparer<Event>
{
    private ChronologicalOrder()
    {
    }

    /// <summary>The order.</summary>
    public static ChronologicalOrder Instance { get; } = new();

    /// <summary>Compares two events in chronological order.</summary>
    /// <param name="x">An event.</param>
    /// <param name="y">Another event.</param>
    /// <returns>Negative, zero or positive, as <paramref name="x"/> comes before, with or after <paramref name="y"/>.</returns>
    public int Compare(Event? x, Event? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byDate = x.EffectiveDate.CompareTo(y.EffectiveDate);
        return byDate != 0 ? byDate : InTreeOrder(x, y);
    }

    /// <summary>
    /// Pre-order over the event hierarchy: an ancestor comes first; otherwise the two branches are compared
    /// where they part, by the ids of the sibling events (or roots) that lead to them.
    /// </summary>
    private static int InTreeOrder(Event x, Event y)
    {
        var depthX = Depth(x);
        var depthY = Depth(y);
        var a = x;
        var b = y;
        for (; depthX > depthY; depthX--)
        {
            a = a.Parent!;
        }

        for (; depthY > depthX; depthY--)
        {
            b = b.Parent!;
        }

        if (ReferenceEquals(a, b))
        {
            return Depth(x).CompareTo(Depth(y)); // one is the other's ancestor
        }

        while (!ReferenceEquals(a.Parent, b.Parent))
        {
            a = a.Parent!;
            b = b.Parent!;
        }

        return string.CompareOrdinal(a.Id, b.Id);
    }

    private static int Depth(Event e)
    {
        var depth = 0;
        for (var parent = e.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        return depth;
    }
}
