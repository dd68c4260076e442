using System;
using System.Linq;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// Statements whose words are nobody's the article names: reported without a speaker ("It was suggested that …")
/// or the outlet's own analysis ("Decoding the news."). Each test names the article text it rests on.
/// </summary>
public sealed class StatementAttributionTests
{
    private static readonly Dataset Data = Dataset.Current;

    private static readonly string[] Unattributed =
    {
        "st-unattributed-cultural-heritage-coordination",
        "st-unattributed-defence-work-aim",
        "st-unattributed-elevate-vietnam-italy-relations",
        "st-unattributed-first-state-level-visit-exchange-in-seven-years",
        "st-unattributed-italian-tourists-refined-taste",
    };

    private static readonly string[] ByOutlet =
    {
        "st-italy-sees-vietnam-critical-node",
        "st-outlet-fifty-years-friendship-cooperation",
        "st-outlet-hanoi-meeting-indo-pacific-strategy",
        "st-outlet-trade-security-industry-pillars",
    };

    private static string[] IdsWith(StatementAttribution attribution) =>
        Data.Statements.Where(s => s.Attribution == attribution).Select(s => s.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_statements_without_a_speaker_are_exactly_the_reviewed_ones_and_name_no_speaker()
    {
        Assert.Equal(Unattributed, IdsWith(StatementAttribution.Unattributed));
        Assert.Equal(ByOutlet, IdsWith(StatementAttribution.Outlet));
        Assert.All(Unattributed.Concat(ByOutlet), id => Assert.Empty(Data.Find<Statement>(id)!.Speakers));
    }

    [Fact]
    public void Every_other_statement_is_its_speakers_and_has_one()
    {
        var bySpeakers = Data.Statements.Where(s => s.Attribution == StatementAttribution.Speakers).ToList();
        Assert.Equal(Data.Statements.Count - Unattributed.Length - ByOutlet.Length, bySpeakers.Count);
        Assert.All(bySpeakers, s => Assert.NotEmpty(s.Speakers));
    }

    /// <summary>article-002: "It was suggested that the two sides strengthen coordination in organizing activities related to cultural heritage …".</summary>
    [Fact]
    public void The_suggestion_at_the_Rome_meeting_is_unattributed_and_belongs_to_the_meeting()
    {
        var statement = Data.Find<Statement>("st-unattributed-cultural-heritage-coordination")!;
        Assert.Equal(StatementAttribution.Unattributed, statement.Attribution);
        Assert.Equal(StatementKind.Proposal, statement.StatementKind);
        Assert.Same(Events.ThuongGualtieriMeeting, statement.Event);
        Assert.StartsWith("It was suggested that the two sides", Assert.Single(statement.Evidence).Quote, StringComparison.Ordinal);
    }

    /// <summary>article-004, under "Decoding the news.": "… Rome sees Hanoi as a critical node in the emerging global supply chains …".</summary>
    [Fact]
    public void Rome_seeing_Hanoi_as_a_critical_node_is_the_outlets_analysis_not_Italys_statement()
    {
        var statement = Data.Find<Statement>("st-italy-sees-vietnam-critical-node")!;
        Assert.Equal(StatementAttribution.Outlet, statement.Attribution);
        Assert.Equal("article-004", Assert.Single(statement.Evidence).Source.Id);
        Assert.DoesNotContain(statement, Data.StatementsBy(Countries.Italy));
    }

    /// <summary>article-000 after "/.": "To elevate bilateral relations to new heights, Vietnam and Italy should …", which names both countries.</summary>
    [Fact]
    public void The_recommendation_naming_both_countries_is_recorded_without_speaker_event_or_date()
    {
        var statement = Data.Find<Statement>("st-unattributed-elevate-vietnam-italy-relations")!;
        Assert.Equal(StatementAttribution.Unattributed, statement.Attribution);
        Assert.Null(statement.Event);
        Assert.False(statement.Date.IsKnown);
        Assert.Contains(statement.Topics, t => t.Id == "local-cooperation");
    }

    [Fact]
    public void Statements_by_an_entity_are_only_those_it_speaks_and_none_without_a_speaker()
    {
        var speakers = Data.Statements.SelectMany(s => s.Speakers).Distinct().ToList();
        foreach (var speaker in speakers)
        {
            var expected = Data.Statements.Where(s => s.Speakers.Contains(speaker)).Select(s => s.Id);
            Assert.Equal(expected, Data.StatementsBy(speaker).Select(s => s.Id));
        }

        var bySomeone = speakers.SelectMany(Data.StatementsBy).ToHashSet();
        Assert.All(Data.Statements.Where(s => s.Attribution != StatementAttribution.Speakers), s => Assert.DoesNotContain(s, bySomeone));
    }
}
