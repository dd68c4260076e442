using DiplomacyData.ColdStart;
using DiplomacyData.JsonBaseline;

// What most packages do: deserialize the embedded JSON, index it, then answer.
return ColdStartRun.Answer(
    args,
    name =>
    {
        var entity = JsonDataset.Current.FindByName(name)[0];
        return $"{entity.Id} {JsonDataset.Current.EventsWith(entity.Id).Count}";
    },
    tally => JsonEventScan.Tally(JsonDataset.Current.Data.Events, tally));
