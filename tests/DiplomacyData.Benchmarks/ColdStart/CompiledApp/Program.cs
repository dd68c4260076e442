using System.Linq;
using DiplomacyData;
using DiplomacyData.ColdStart;

// The compiled dataset: records are decoded from the assembly's tables as the query reaches them.
return ColdStartRun.Answer(
    args,
    name =>
    {
        var entity = Dataset.Current.FindByName(name)[0];
        return $"{entity.Id} {Dataset.Current.EventsWith(entity).Count}";
    },
    tally =>
    {
        foreach (var e in Dataset.Current.Events)
        {
            tally.AddEvent(e.Date.Year ?? 0, e.Topics.Select(t => t.Id), e.Participants.Count);
        }
    });
