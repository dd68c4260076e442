using DiplomacyData.ColdStart;
using DiplomacyData.TunedJsonBaseline;

// The tuned JSON reader: scans the embedded bytes for what the query needs, nothing up front.
return ColdStartRun.Answer(
    args,
    name =>
    {
        var id = TunedJsonDataset.Current.FindIdByName(name)!;
        return $"{id} {TunedJsonDataset.Current.CountEventsWith(id)}";
    },
    tally => TunedJsonDataset.Current.ScanEvents(tally.AddEvent));
