using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace DiplomacyData.Explorer.Tests;

/// <summary>The timeline's "codes:" line gives each CAMEO and PLOVER code with its direction, as the library records it.</summary>
public sealed class TimelineCodesTests
{
    private static readonly Dictionary<string, string> CodesLines = ReadCodesLines();

    [Fact]
    public void A_visit_s_codes_run_from_the_visitor_to_the_host_and_back()
    {
        Assert.Equal(
            "CAMEO 042 Việt Nam → Italy, 043 Italy → Việt Nam; PLOVER CONSULT (visit) Việt Nam → Italy",
            CodesLines[Events.NguyenPhuTrongVisitItaly2013.Id]);
    }

    [Fact]
    public void A_code_both_sides_perform_is_written_once_with_a_double_arrow()
    {
        Assert.Equal("CAMEO 036 Italy ↔ Việt Nam; PLOVER AGREE Italy ↔ Việt Nam", CodesLines[Events.PoliticalConsultationsNextRound.Id]);
        Assert.Equal(
            "CAMEO 040 Hoang Xuan Chien ↔ Matteo Perego di Cremnago, 0312 Việt Nam ↔ Italy; PLOVER CONSULT (visit) Việt Nam → Italy, AGREE Việt Nam ↔ Italy",
            CodesLines[Events.DefencePolicyDialogue4.Id]);
    }

    [Fact]
    public void Several_actors_on_one_side_are_joined_by_a_plus()
    {
        Assert.StartsWith("CAMEO 042 Vo Van Thuong → Ignazio La Russa + Italian Senate, 043 Ignazio La Russa + Italian Senate → Vo Van Thuong;", CodesLines[Events.ThuongLaRussaMeeting.Id], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_code_of_every_event_is_printed_with_one_arrow_in_the_library_s_order()
    {
        Assert.Equal(Dataset.Current.Events.Count, CodesLines.Count);
        foreach (var e in Dataset.Current.Events)
        {
            var line = CodesLines[e.Id];
            var codes = e.Cameo.Select(c => (c.Code, c.Sources.Count + c.Targets.Count))
                .Concat(e.PloverCodes.Select(p => (p.ToString(), p.Sources.Count + p.Targets.Count)))
                .ToArray();

            var arrows = line.Count(c => c is '→' or '↔');
            Assert.True(codes.Count(code => code.Item2 > 0) == arrows, $"{e.Id}: one arrow per code with actors in \"{line}\"");
            var position = 0;
            foreach (var (code, _) in codes)
            {
                // The code whole: followed by its actors, the next code or the end, so CONSULT is not found inside "CONSULT (visit)".
                var found = line.IndexOf(" " + code, position, StringComparison.Ordinal);
                var end = found + 1 + code.Length;
                Assert.True(found >= 0 && (end == line.Length || line[end] is ' ' or ',' or ';') && !line[end..].StartsWith(" (", StringComparison.Ordinal), $"{e.Id}: {code} is missing from, or out of order in, \"{line}\"");
                position = end;
            }
        }
    }

    /// <summary>Each event's "codes:" line, by the id printed above it.</summary>
    private static Dictionary<string, string> ReadCodesLines()
    {
        const string IdPrefix = "    id:    ";
        const string CodesPrefix = "    codes: ";
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        string? id = null;
        foreach (var line in Explorer.Run("timeline").OutputLines)
        {
            if (line.StartsWith(IdPrefix, StringComparison.Ordinal))
            {
                id = line[IdPrefix.Length..];
            }
            else if (line.StartsWith(CodesPrefix, StringComparison.Ordinal) && id is not null)
            {
                lines.Add(id, line[CodesPrefix.Length..]);
                id = null;
            }
        }

        return lines;
    }
}
