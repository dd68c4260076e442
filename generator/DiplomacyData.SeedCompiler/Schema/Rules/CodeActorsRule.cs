using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;

namespace DiplomacyData.SeedCompiler.Schema.Rules;

/// <summary>
/// Every CAMEO and PLOVER code of an event says who acts and who is acted on, and they take part in the
/// event. A code without a source or a target is allowed only when the event's note on its actors says
/// why the text names none (DD0027); an actor a code names must be one of the event's participants
/// (DD0026), so the direction is read from the same people and roles as the rest of the record.
/// </summary>
internal sealed class CodeActorsRule : RecordRule
{
    private readonly string _participants;
    private readonly string _actorsNote;
    private readonly string[] _codeLists;

    public CodeActorsRule(string participants, string actorsNote, params string[] codeLists)
    {
        _participants = participants;
        _actorsNote = actorsNote;
        _codeLists = codeLists;
    }

    public override void Check(SeedRecord record, RuleReport report)
    {
        var participants = new HashSet<string>(
            record[_participants].Items.Select(participant => participant.Items[0].Text).OfType<string>(),
            System.StringComparer.Ordinal);
        var explained = !record[_actorsNote].IsAbsent;
        foreach (var listName in _codeLists)
        {
            var item = record.Definition.Field(listName)!.Item!;
            var source = item.IndexOf("source");
            var target = item.IndexOf("target");
            foreach (var code in record[listName].Items)
            {
                var name = $"{item.Description.Substring(2)} '{code.Items[0].Text}'";
                var sources = code.Items[source].Items;
                var targets = code.Items[target].Items;
                foreach (var actor in sources.Concat(targets).Where(actor => actor.Text is not null && !participants.Contains(actor.Text)))
                {
                    var side = sources.Contains(actor) ? "source" : "target";
                    report(SeedDiagnostics.CodeActorNotParticipant, actor.Location!, actor.Text!, side, name, record.Id);
                }

                if (sources.Count == 0 || targets.Count == 0)
                {
                    if (!explained)
                    {
                        var missing = sources.Count == 0 && targets.Count == 0 ? "no 'source' and no 'target'" : sources.Count == 0 ? "no 'source'" : "no 'target'";
                        report(SeedDiagnostics.UndirectedCode, code.Location!, name, record.Id, missing);
                    }
                }
                else if (!sources.Any(s => targets.Any(t => t.Text != s.Text)))
                {
                    report(SeedDiagnostics.UndirectedCode, code.Location!, name, record.Id, "no source–target pair of two different actors");
                }
            }
        }
    }
}
