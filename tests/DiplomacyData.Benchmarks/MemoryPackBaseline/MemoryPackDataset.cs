using System;
using DiplomacyData.JsonBaseline;
using DiplomacyData.TunedJsonBaseline;
using MemoryPack;

namespace DiplomacyData.MemoryPackBaseline;

/// <summary>
/// The dataset deserialized by MemoryPack from the embedded payload at first use, then queried by walking
/// the lists: a skilled user answering one query builds no indexes for it.
/// </summary>
public sealed class MemoryPackDataset
{
    private static readonly Lazy<MemoryPackDataset> Loaded = new(() => new MemoryPackDataset());

    private MemoryPackDataset()
    {
        var payload = new EmbeddedBytes(typeof(MemoryPackDataset).Assembly, "dataset.mpk");
        Data = MemoryPackSerializer.Deserialize<JsonDocumentRoot>(payload.Span)
            ?? throw new InvalidOperationException("The embedded dataset.mpk is empty.");
    }

    public static MemoryPackDataset Current => Loaded.Value;

    public JsonDocumentRoot Data { get; }

    /// <summary>The first entity (countries, places, organizations, people) whose name or an alias folds to the name's fold.</summary>
    public JsonEntity? FindByName(string name)
    {
        var wanted = NameFold.Fold(name);
        foreach (var kind in new[] { Data.Countries, Data.Places, Data.Organizations, Data.People })
        {
            foreach (var entity in kind)
            {
                if (NameFold.Fold(entity.Name) == wanted || (entity.Aliases?.Exists(alias => NameFold.Fold(alias) == wanted) ?? false))
                {
                    return entity;
                }
            }
        }

        return null;
    }

    /// <summary>How many events name the actor among their participants.</summary>
    public int CountEventsWith(string actorId) =>
        Data.Events.FindAll(e => e.Participants?.Exists(p => p.Actor == actorId) ?? false).Count;
}
