using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>The direction of every event code, and the GDELT-style rows made from them.</summary>
public sealed class EventRowTests
{
    private static readonly Dataset Data = Dataset.Current;

    private static readonly IReadOnlyList<EventRow> Rows = Data.ToEventRows();

    /// <summary>CAMEO 042 (make a visit) goes from the visitor to the host; 043 (host a visit) from the host to the visitor; so does PLOVER CONSULT in a visit.</summary>
    [Fact]
    public void Every_042_row_s_source_is_the_visitor_and_every_043_row_s_source_is_the_host()
    {
        var visits = Rows.Where(row => row.Code is "042" or "043" || (row.Code == "CONSULT" && row.Mode == PloverMode.Visit)).ToList();
        Assert.True(visits.Count(row => row.Code == "042") >= 10, "the articles report at least ten visits");
        foreach (var row in visits)
        {
            var (source, target) = row.Code == "043" ? (ParticipantRole.Host, ParticipantRole.Visitor) : (ParticipantRole.Visitor, ParticipantRole.Host);
            Assert.True(RoleOf(row.Event, row.Source!) == source, $"{row}: the source should be the {source}");
            Assert.True(RoleOf(row.Event, row.Target!) == target, $"{row}: the target should be the {target}");
        }
    }

    [Fact]
    public void Every_code_names_its_actors_among_the_event_s_participants()
    {
        foreach (var e in Data.Events)
        {
            var participants = e.Participants.Select(p => p.Actor).ToHashSet();
            var actors = e.Cameo.SelectMany(c => c.Sources.Concat(c.Targets)).Concat(e.PloverCodes.SelectMany(p => p.Sources.Concat(p.Targets))).ToList();
            Assert.All(actors, actor => Assert.Contains(actor, participants));
            if (e.ActorsNote is null)
            {
                Assert.All(e.Cameo, c => Assert.True(c.Sources.Count > 0 && c.Targets.Count > 0, $"{e.Id} {c}"));
                Assert.All(e.PloverCodes, p => Assert.True(p.Sources.Count > 0 && p.Targets.Count > 0, $"{e.Id} {p}"));
            }
        }

        Assert.All(Rows, row => Assert.True(row.Source is not null && row.Target is not null || row.ActorsNote is not null, row.ToString()));
    }

    /// <summary>The code strings are still there, in the seed's order, for code that only wants the codes.</summary>
    [Fact]
    public void CameoCodes_lists_the_directed_codes_in_order()
    {
        Assert.All(Data.Events, e => Assert.Equal(e.Cameo.Select(c => c.Code), e.CameoCodes));
        Assert.Equal("042 Hoang Xuan Chien → Guido Crosetto", Events.ChienCrosettoCourtesyCall.Cameo[0].ToString());
    }

    /// <summary>One row per code and pair of different actors: a code both sides perform reads each way; two hosts give two rows.</summary>
    [Fact]
    public void Rows_are_one_per_code_and_pair_of_different_actors()
    {
        var intent = Rows.Where(row => row.Event == Events.PoliticalConsultationsNextRound && row.Code == "036").ToList();
        Assert.Equal(new[] { "italy → vietnam", "vietnam → italy" }, intent.Select(Direction));

        var senate = Rows.Where(row => row.Event == Events.ThuongLaRussaMeeting && row.Code == "042").ToList();
        Assert.Equal(new[] { "vo-van-thuong → ignazio-la-russa", "vo-van-thuong → italian-senate" }, senate.Select(Direction));

        // A side left empty (its event says why in ActorsNote) stands as one empty actor, so the code keeps its rows.
        static int RowsOf(IReadOnlyList<Entity> sources, IReadOnlyList<Entity> targets) =>
            sources.Count == 0 || targets.Count == 0 ? Math.Max(sources.Count, 1) * Math.Max(targets.Count, 1) : sources.Sum(s => targets.Count(t => t != s));
        var expected = Data.Events.Sum(e => e.Cameo.Sum(c => RowsOf(c.Sources, c.Targets)) + e.PloverCodes.Sum(p => RowsOf(p.Sources, p.Targets)));
        Assert.Equal(expected, Rows.Count);
        Assert.DoesNotContain(Rows, row => row.Source is not null && row.Source == row.Target); // no actor acts on itself
    }

    /// <summary>A year-only date stays "2023" with precision year: never a made-up 1 January.</summary>
    [Fact]
    public void Rows_carry_the_event_date_at_its_precision()
    {
        var fontana = Rows.Where(row => row.Event == Events.FontanaVisitVietnam2023).ToList();
        var visit = Rows.Where(row => row.Event == Events.HoangXuanChienVisitItaly2023).ToList();
        Assert.NotEmpty(fontana);
        Assert.All(fontana, row => Assert.Equal(DatePrecision.Year, row.Date.Precision));
        Assert.All(fontana, row => Assert.Equal("2023", row.Date.ToString()));
        Assert.All(visit, row => Assert.Equal("between 2023 and 2023-07-03", row.Date.ToString())); // bounded, not a made-up day
        Assert.Contains(Rows, row => row.Date.Precision == DatePrecision.Day);
        Assert.All(Rows, row => Assert.Equal(row.Event.EffectiveDate, row.Date));
    }

    [Fact]
    public void Rows_give_each_actor_s_country_and_the_sources_of_the_event()
    {
        var row = Rows.First(r => r.Event == Events.FontanaVisitVietnam2023 && r.Code == "042");
        Assert.Equal(("attilio-fontana", "ITA", "vietnam", "VNM"), (row.Source!.Id, row.SourceCountry!.Iso3, row.Target!.Id, row.TargetCountry!.Iso3));
        Assert.Equal(EventCodeSystem.Cameo, row.System);
        Assert.Equal(row.Event.Evidence.Select(e => e.Source).Distinct(), row.EvidenceSources);
        Assert.Contains(Rows, r => r.System == EventCodeSystem.Plover && r.Code == "CONSULT" && r.Mode == PloverMode.Visit);
    }

    private static ParticipantRole? RoleOf(Event e, Entity actor) => e.Participants.FirstOrDefault(p => p.Actor == actor)?.Role;

    private static string Direction(EventRow row) => $"{row.Source!.Id} → {row.Target!.Id}";
}
