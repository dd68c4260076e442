using DiplomacyData.ColdStart;
using DiplomacyData.MemoryPackBaseline;

// MemoryPack: deserialize the embedded payload whole, then walk the lists for the answer.
return ColdStartRun.Answer(
    args,
    name =>
    {
        var entity = MemoryPackDataset.Current.FindByName(name)!;
        return $"{entity.Id} {MemoryPackDataset.Current.CountEventsWith(entity.Id)}";
    },
    tally => JsonEventScan.Tally(MemoryPackDataset.Current.Data.Events, tally));
