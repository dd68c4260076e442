using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DiplomacyData.Testing;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// Questions an analyst or a .NET developer asks of the dataset, written as they would write them
/// (LINQ over <see cref="Dataset.Current"/> and the typed handles), with the answer the source
/// articles justify asserted exactly. Each test names the article text its answer rests on.
/// </summary>
public sealed class QueryTests
{
    private static readonly Dataset Data = Dataset.Current;

    private static string[] Ids<T>(IEnumerable<T> records)
        where T : Record => records.Select(r => r.Id).ToArray();

    private static string[] SortedIds<T>(IEnumerable<T> records)
        where T : Record => records.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    private static string[] SourceIds(Record record) =>
        record.Evidence.Select(e => e.Source.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();

    // ---------------------------------------------------------------- places and participants

    /// <summary>Which events in Italy had a Vietnamese participant, in date order?</summary>
    /// <remarks>
    /// article-004: "the historic visit to Italy by the Secretary-General ... Nguyen Phu Trong" (January 21, 2013);
    /// article-001: "the fourth Vietnam-Italy defense policy dialogue in Italy" and "While in the European country,
    /// Chien and his delegation paid a courtesy call to Defense Minister Guido Crosetto and held meetings with Admiral
    /// Luciano Portolano ... and representatives of the Italian Association of Aerospace and Defense Industries";
    /// article-002: "On July 26, President Vo Van Thuong of Vietnam paid a visit to Rome, Italy";
    /// article-003: "her working trip to the European country";
    /// article-004: "Maria Tripodi met in Rome with Vietnam’s Vice Minister" and "the next round of Political Consultations in Rome in March 2026".
    /// </remarks>
    [Fact]
    public void Events_in_Italy_with_a_Vietnamese_participant_in_date_order()
    {
        var events = Data.EventsAt(Countries.Italy)
            .Where(e => e.Participants.Any(p => p.Actor.HomeCountry == Countries.Vietnam))
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            new[]
            {
                "nguyen-phu-trong-visit-italy-2013", // between 2013 and 2013-01-21
                // bounded within 2023: Chien's visit (on or before July 3) sorts before its meetings (on or before July 4)
                "hoang-xuan-chien-visit-italy-2023",
                "chien-aerospace-defense-industries-association-meeting",
                "chien-crosetto-courtesy-call",
                "chien-portolano-meeting",
                "defence-policy-dialogue-4",
                "thuong-gualtieri-meeting",
                "thuong-la-russa-meeting",
                "vo-van-thuong-visit-rome-2023",
                "xuan-working-trip-italy-2025",
                "xuan-fontana-meeting", // "as part of her working trip to the European country"
                "tripodi-le-thi-thu-hang-meeting", // not before 2025-09-04
                "political-consultations-next-round",
            },
            Ids(events));

        // Event.Country gives the same answer as the place index.
        var byCountry = Data.Events
            .Where(e => e.Country == Countries.Italy && e.Participants.Any(p => p.Actor.HomeCountry == Countries.Vietnam));
        Assert.Equal(SortedIds(events), SortedIds(byCountry));
    }

    /// <summary>Which events in Vietnam had an Italian participant?</summary>
    /// <remarks>
    /// article-000: "a meeting with Vietnamese Minister of National Defence General Phan Van Giang in Hanoi on July 2", and the 5th dialogue
    /// "which he co-chaired ... earlier the same day" (its place, Hanoi, is inferred from that);
    /// article-003: "Recalling memories from his visit to Việt Nam in 2023";
    /// article-004: "the September 4 Business Forum in Hanoi" ... "the Italian Foreign Ministry organised Business Forums in Vietnam".
    /// </remarks>
    [Fact]
    public void Events_in_Vietnam_with_an_Italian_participant()
    {
        var events = Data.EventsAt(Countries.Vietnam)
            .Where(e => e.Participants.Any(p => p.Actor.HomeCountry == Countries.Italy))
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal);

        Assert.Equal(
            new[] { "fontana-visit-vietnam-2023", "defence-policy-dialogue-5", "giang-perego-meeting", "hanoi-business-forum-2025" }, // the July 2 events are not before 2024-07-02
            Ids(events));
        Assert.Same(Places.Hanoi, Events.GiangPeregoMeeting.Place);
        Assert.Same(Places.Hanoi, Events.DefencePolicyDialogue5.Place);
        Assert.Same(Places.Hanoi, Events.HanoiBusinessForum2025.Place);
    }

    /// <summary>Which events took place in Rome, and which in Hà Nội?</summary>
    /// <remarks>
    /// article-002: "paid a visit to Rome, Italy, where he had a meeting with Ignazio La Russa ... and Roberto Gualtieri, Mayor of Rome";
    /// article-004: "met in Rome with Vietnam’s Vice Minister", "Political Consultations in Rome in March 2026", "the September 4 Business Forum in Hanoi";
    /// article-000: "Phan Van Giang in Hanoi on July 2" (and the 5th dialogue "earlier the same day", so inferred to be in Hanoi too).
    /// </remarks>
    [Fact]
    public void Events_held_in_Rome_and_in_Hanoi()
    {
        Assert.Equal(
            new[]
            {
                "political-consultations-next-round",
                "vo-van-thuong-visit-rome-2023",
                "thuong-gualtieri-meeting",
                "thuong-la-russa-meeting",
                "tripodi-le-thi-thu-hang-meeting",
            },
            Ids(Data.EventsAt(Places.Rome)));
        Assert.Equal(new[] { "defence-policy-dialogue-5", "giang-perego-meeting", "hanoi-business-forum-2025" }, Ids(Data.EventsAt(Places.Hanoi)));
        Assert.All(Data.EventsAt(Places.Rome), e => Assert.Same(Countries.Italy, e.Country));
    }

    /// <summary>Is Milan in Lombardy, and does an event anywhere in Lombardy have a place recorded?</summary>
    /// <remarks>article-003: "Milan - the capital of Lombardy"; no meeting place in Lombardy is stated ("The place of the meeting is not stated").</remarks>
    [Fact]
    public void Milan_lies_in_Lombardy_in_Italy()
    {
        Assert.True(Places.Milan.IsWithin(Places.Lombardy));
        Assert.False(Places.Lombardy.IsWithin(Places.Milan));
        Assert.Same(Places.Lombardy, Places.Milan.Parent);
        Assert.Same(Countries.Italy, Places.Milan.Country);
        Assert.Equal(PlaceKind.City, Places.Milan.PlaceKind);
        Assert.Equal(PlaceKind.Region, Places.Lombardy.PlaceKind);

        // article-002 names Lazio beside Rome but never says Rome lies in it.
        Assert.Null(Places.Rome.Parent);
        Assert.False(Places.Rome.IsWithin(Places.Lazio));
        Assert.Empty(Data.EventsAt(Places.Lombardy));
    }

    /// <summary>Which events involve Italy (Italy itself, or an Italian person or body), and which do not?</summary>
    /// <remarks>
    /// article-000: "Italian Undersecretary of State for Defence Matteo Perego di Cremnago" (so the Hanoi meeting and the 5th dialogue involve Italy
    /// although Italy itself is not listed at the meeting); article-003: the Hà Nội – Milan flight "will facilitate trade and people exchanges between the
    /// two countries" (both countries are implied participants). The event left out lists no Italian participant.
    /// </remarks>
    [Fact]
    public void Events_involving_Italy_include_those_with_only_an_Italian_person()
    {
        var involving = Data.EventsInvolving(Countries.Italy);
        var withItalyItself = Data.EventsWith(Countries.Italy);

        Assert.Contains(Events.GiangPeregoMeeting, involving);
        Assert.DoesNotContain(Events.GiangPeregoMeeting, withItalyItself);
        Assert.Contains(Events.DefencePolicyDialogue5, involving);
        Assert.All(withItalyItself, e => Assert.Contains(e, involving));

        Assert.Equal(20, involving.Count);
        Assert.Equal(
            new[] { "hanoi-milan-flight-inauguration", "xuan-vietnamese-community-meeting-2025" }, // the flight names no participants
            SortedIds(Data.Events.Except(involving)));
    }

    /// <summary>Whom did President Vo Van Thuong meet during his visit to Rome?</summary>
    /// <remarks>article-002: "he had a meeting with Ignazio La Russa, President of the Italian Senate, and Roberto Gualtieri, Mayor of Rome".</remarks>
    [Fact]
    public void People_Vo_Van_Thuong_met_in_Rome()
    {
        var met = Data.Events
            .Where(e => e.Parent == Events.VoVanThuongVisitRome2023)
            .SelectMany(e => e.Participants)
            .Select(p => p.Actor)
            .OfType<Person>()
            .Where(p => p != People.VoVanThuong)
            .Distinct();

        Assert.Equal(new[] { "ignazio-la-russa", "roberto-gualtieri" }, SortedIds(met));
    }

    // ---------------------------------------------------------------- defence

    /// <summary>Every statement by a defence official about maritime security.</summary>
    /// <remarks>
    /// article-000: "Vietnamese Minister of National Defence General Phan Van Giang suggested continued promotion of joint work ...
    /// while exploring new fields like war legacy resolution, maritime security, ...". The 4th dialogue's joint statement on maritime
    /// security (article-001: "They emphasized the importance of maintaining peace, stability, and security, including maritime security")
    /// is made by the two countries, not by an official.
    /// </remarks>
    [Fact]
    public void Statements_by_defence_officials_about_maritime_security()
    {
        var defenceOfficials = Data.Offices
            .Where(o => o.Organization is { } org
                && (org.Name.Contains("Defence", StringComparison.Ordinal) || org.Name.Contains("Defense", StringComparison.Ordinal) || org.OrganizationKind == OrganizationKind.Military))
            .Select(o => o.Person)
            .Distinct()
            .ToList();
        Assert.Equal(new[] { "hoang-xuan-chien", "phan-van-giang" }, SortedIds(defenceOfficials));

        var statements = defenceOfficials
            .SelectMany(person => Data.StatementsBy(person))
            .Where(s => s.Topics.Any(t => t.IsWithin(Topics.MaritimeSecurity)))
            .Distinct();

        var statement = Assert.Single(statements);
        Assert.Equal("st-giang-suggests-defence-cooperation-fields", statement.Id);
        Assert.Equal(StatementKind.Proposal, statement.StatementKind);
        Assert.Equal(new[] { "matteo-perego-di-cremnago" }, Ids(statement.Addressees));
        Assert.Same(Events.GiangPeregoMeeting, statement.Event);

        // Every statement at all on maritime security, whoever the speaker.
        Assert.Equal(
            new[] { "st-dialogue-4-peace-stability-unclos", "st-giang-suggests-defence-cooperation-fields" },
            Ids(Data.Statements.Where(s => s.Topics.Any(t => t.IsWithin(Topics.MaritimeSecurity)))));
    }

    /// <summary>Who holds an office with "defence" in its title, across both countries?</summary>
    /// <remarks>
    /// article-000: "Minister of National Defence General Phan Van Giang", "Undersecretary of State for Defence Matteo Perego di Cremnago",
    /// "Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien";
    /// article-001: "Deputy Defense Minister Hoang Xuan Chien", "Defense Minister Guido Crosetto", "Admiral Luciano Portolano, Secretary General of Defense".
    /// </remarks>
    [Fact]
    public void Office_holders_with_defence_in_the_title()
    {
        var people = Data.Offices
            .Where(o => o.Title.Contains("Defence", StringComparison.OrdinalIgnoreCase) || o.Title.Contains("Defense", StringComparison.OrdinalIgnoreCase))
            .Select(o => o.Person)
            .Distinct();

        Assert.Equal(
            new[] { "guido-crosetto", "hoang-xuan-chien", "luciano-portolano", "matteo-perego-di-cremnago", "phan-van-giang" },
            SortedIds(people));
        Assert.Equal(
            new Country?[] { Countries.Italy, Countries.Vietnam, Countries.Italy, Countries.Italy, Countries.Vietnam },
            people.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Nationality).ToArray());
    }

    /// <summary>The sessions of the defence policy dialogue in ordinal order, and who co-chaired each.</summary>
    /// <remarks>
    /// article-001: "the fourth Vietnam-Italy defense policy dialogue in Italy, co-chaired by Deputy Defense Minister Hoang Xuan Chien and Italian
    /// Undersecretary of State for Defense Matteo Perego Cremnago"; article-000: "the 5th Vietnam–Italy defence policy dialogue, which he co-chaired
    /// with Vietnamese Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien earlier the same day".
    /// </remarks>
    [Fact]
    public void Defence_policy_dialogue_sessions_and_their_co_chairs()
    {
        var sessions = Data.Events
            .Where(e => e.Series == Series.DefencePolicyDialogue)
            .OrderBy(e => e.Ordinal)
            .Select(e => new
            {
                e.Id,
                e.Ordinal,
                CoChairs = SortedIds(e.Participants.Where(p => p.Role == ParticipantRole.CoChair).Select(p => p.Actor)),
            })
            .ToList();

        Assert.Equal(2, sessions.Count);
        Assert.Equal(("defence-policy-dialogue-4", (int?)4), (sessions[0].Id, sessions[0].Ordinal));
        Assert.Equal(("defence-policy-dialogue-5", (int?)5), (sessions[1].Id, sessions[1].Ordinal));
        Assert.All(sessions, s => Assert.Equal(new[] { "hoang-xuan-chien", "matteo-perego-di-cremnago" }, s.CoChairs));

        // The 4th is dated 3 July 2023 (inferred from the article's date); the 5th only "earlier the same day" as a July 2 meeting.
        Assert.Equal("2023-07-03", Events.DefencePolicyDialogue4.Date.ToString());
        Assert.Same(Countries.Italy, Events.DefencePolicyDialogue4.Country);
        Assert.False(Events.DefencePolicyDialogue5.Date.IsKnown);
        Assert.Equal("earlier the same day", Events.DefencePolicyDialogue5.DateText);
    }

    /// <summary>Which offices does Hoang Xuan Chien hold, and at which events is he shown in each?</summary>
    /// <remarks>
    /// article-001: "co-chaired by Deputy Defense Minister Hoang Xuan Chien", with the courtesy call, the Portolano meeting and the association meeting
    /// "While in the European country"; article-000: "Vietnamese Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien" at the 5th dialogue.
    /// </remarks>
    [Fact]
    public void Offices_of_Hoang_Xuan_Chien_and_where_they_are_shown()
    {
        var offices = Data.OfficesOf(People.HoangXuanChien);

        Assert.Equal(
            new[] { "office-hoang-xuan-chien-deputy-defense-minister", "office-hoang-xuan-chien-deputy-minister-of-national-defence" },
            Ids(offices));
        Assert.Equal(new[] { "Deputy Defense Minister", "Deputy Minister of National Defence" }, offices.Select(o => o.Title).ToArray());
        Assert.Equal(new string?[] { null, "Senior Lieutenant General" }, offices.Select(o => o.MilitaryRank).ToArray());
        Assert.All(offices, o => Assert.Same(Organizations.VietnamMinistryOfNationalDefence, o.Organization));

        Assert.Equal(
            new[]
            {
                "defence-policy-dialogue-4",
                "hoang-xuan-chien-visit-italy-2023",
                "chien-crosetto-courtesy-call",
                "chien-portolano-meeting",
                "chien-aerospace-defense-industries-association-meeting",
            },
            Ids(offices[0].ShownAt));
        Assert.Equal(new[] { "defence-policy-dialogue-5" }, Ids(offices[1].ShownAt));
        Assert.Equal(new[] { "article-001" }, SourceIds(offices[0]));
        Assert.Equal(new[] { "article-000" }, SourceIds(offices[1]));
    }

    /// <summary>What did the 2013 memorandum of understanding on defence cooperation cover, and when was it signed?</summary>
    /// <remarks>article-000: "the signing of the memorandum of understanding on defence cooperation between the two countries in 2013".</remarks>
    [Fact]
    public void The_2013_defence_cooperation_memorandum()
    {
        var mou = Data.Agreements.Single(a => a.AgreementKind == AgreementKind.Memorandum && a.Topics.Contains(Topics.Defence));

        Assert.Same(Agreements.DefenceCooperationMou2013, mou);
        Assert.Same(mou, Data.Find<Agreement>("defence-cooperation-mou-2013"));
        Assert.Equal("Memorandum of understanding on defence cooperation", mou.Name);
        Assert.Equal(AgreementStatus.Signed, mou.Status);
        Assert.Equal(DatePrecision.Year, mou.Date.Precision);
        Assert.Equal(2013, mou.Date.Year);
        Assert.False(mou.Date.IsInferred);
        Assert.Equal(new[] { "vietnam", "italy" }, Ids(mou.Parties));
        Assert.Equal(new[] { "article-000" }, SourceIds(mou));
        Assert.Null(mou.Event);
    }

    /// <summary>Which agreements are still under negotiation?</summary>
    /// <remarks>article-004: "Defence: a technical agreement on defence industry cooperation is underway."</remarks>
    [Fact]
    public void Agreements_under_negotiation()
    {
        var agreement = Assert.Single(Data.Agreements, a => a.Status == AgreementStatus.UnderNegotiation);

        Assert.Same(Agreements.DefenceIndustryTechnicalAgreement, agreement);
        Assert.Equal(AgreementKind.TechnicalAgreement, agreement.AgreementKind);
        Assert.Equal(new[] { "defence-industry" }, Ids(agreement.Topics));
        Assert.True(agreement.Topics.All(t => t.IsWithin(Topics.Defence)));
        Assert.False(agreement.Date.IsKnown);
        Assert.Equal("Defence: a technical agreement on defence industry cooperation is underway.", Assert.Single(agreement.Evidence).Quote);

        // The cultural centres are still being negotiated too, but the article names no instrument, so that is an event under way.
        // article-004: "Culture: ongoing negotiations aim to open cultural centres in both countries."
        Assert.Equal(new[] { "cultural-centres-negotiations" }, Ids(Data.Events.Where(e => e.Status == EventStatus.UnderWay)));
    }

    // ---------------------------------------------------------------- figures

    /// <summary>Figures on Italy–Vietnam trade, newest period first.</summary>
    /// <remarks>
    /// article-004: "+26%: growth of Italian exports to Vietnam in 2024.", "€6 billion+: Italy-Vietnam trade in 2023.",
    /// "+11.5%: increase in bilateral trade in the first months of 2025.", "roughly 40% of imports from the region".
    /// </remarks>
    [Fact]
    public void Bilateral_trade_figures_newest_first()
    {
        var figures = Data.Figures
            .Where(f => f.Topics.Any(t => t.IsWithin(Topics.Trade)))
            .Where(f => f.Subjects.Contains(Countries.Italy) && f.Subjects.Contains(Countries.Vietnam))
            .OrderByDescending(f => f.Period)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            new[]
            {
                // Unknown dates sort last, so first when the order is descending; a bounded one sorts at its earliest bound.
                "fig-vietnam-share-of-italian-imports-from-asean", // "today"
                "fig-bilateral-trade-growth-early-2025", // "the first months of 2025" is not the year 2025: between 2025-01 and 2025
                "fig-italian-exports-to-vietnam-growth-2024",
                "fig-italy-vietnam-trade-2023",
            },
            Ids(figures));
        Assert.Equal(new[] { "unknown", "between 2025-01 and 2025", "2024", "2023" }, figures.Select(f => f.Period.ToString()).ToArray());
        Assert.Equal(new[] { 40m, 11.5m, 26m, 6_000_000_000m }, figures.Select(f => f.Value).ToArray());
        Assert.Equal(new[] { "percent", "percent", "percent", "EUR" }, figures.Select(f => f.Unit).ToArray());
        Assert.Equal("the first months of 2025", Data.Find<Figure>("fig-bilateral-trade-growth-early-2025")!.PeriodText);
        Assert.Equal(
            new[] { Comparator.About, Comparator.Exactly, Comparator.Exactly, Comparator.Over },
            figures.Select(f => f.Comparator).ToArray());
        Assert.All(figures, f => Assert.Same(Sources.Article004, Assert.Single(f.Evidence).Source));
    }

    /// <summary>How has the number of Italian companies operating in Vietnam grown?</summary>
    /// <remarks>
    /// article-002: "noting the effective operation of over 100 Italian businesses in Vietnam" (at the July 26, 2023 visit);
    /// article-004: "150+: Italian companies already operating in Vietnam."
    /// </remarks>
    [Fact]
    public void Italian_companies_in_Vietnam_as_a_time_series()
    {
        var series = Data.Figures
            .Where(f => f.Measure == "italian-companies-in-vietnam")
            .OrderBy(f => f.Period)
            .ToList();

        Assert.Equal(new[] { "fig-italian-companies-in-vietnam-2023", "fig-italian-companies-in-vietnam-2025" }, Ids(series));
        Assert.Equal(new int?[] { 2023, 2025 }, series.Select(f => f.Period.Year).ToArray());
        Assert.Equal(new[] { 100m, 150m }, series.Select(f => f.Value).ToArray());
        Assert.All(series, f =>
        {
            Assert.Equal(Comparator.Over, f.Comparator);
            Assert.Equal("companies", f.Unit);
            Assert.True(f.Period.IsInferred);
        });
        Assert.Equal(new[] { "article-002", "article-004" }, series.Select(f => Assert.Single(f.Evidence).Source.Id).ToArray());
    }

    /// <summary>How many companies took part in the September 4 Business Forum in Hanoi, and what was signed there?</summary>
    /// <remarks>
    /// article-004: "The meeting follows the September 4 Business Forum in Hanoi, which signed multiple commercial agreements with the participation
    /// of over 60 Italian and nearly 300 Vietnamese companies."
    /// </remarks>
    [Fact]
    public void Business_forum_participation_and_agreements()
    {
        var italian = Data.Find<Figure>("fig-business-forum-italian-companies")!;
        var vietnamese = Data.Find<Figure>("fig-business-forum-vietnamese-companies")!;

        Assert.Equal((60m, Comparator.Over, "companies"), (italian.Value, italian.Comparator, italian.Unit));
        Assert.Equal((300m, Comparator.Nearly, "companies"), (vietnamese.Value, vietnamese.Comparator, vietnamese.Unit));
        Assert.Equal(new[] { "italy" }, Ids(italian.Subjects));
        Assert.Equal(new[] { "vietnam" }, Ids(vietnamese.Subjects));

        var signed = Assert.Single(Data.Agreements, a => a.Event == Events.HanoiBusinessForum2025);
        Assert.Same(Agreements.BusinessForumCommercialAgreements2025, signed);
        Assert.Equal(AgreementKind.CommercialAgreement, signed.AgreementKind);
        Assert.Empty(signed.Parties);
        Assert.Equal("2025-09-04", Events.HanoiBusinessForum2025.Date.ToString());
        Assert.True(Events.HanoiBusinessForum2025.Date.IsInferred);
        Assert.Equal("September 4", Events.HanoiBusinessForum2025.DateText);
        var organizer = Assert.Single(Events.HanoiBusinessForum2025.Participants, p => p.Role == ParticipantRole.Organizer);
        Assert.Same(Organizations.ItalianForeignMinistry, organizer.Actor);
    }

    // ---------------------------------------------------------------- names

    /// <summary>Does name lookup ignore diacritics, case and spaces ("Ha Noi", "Hà Nội", "hanoi")?</summary>
    /// <remarks>article-003: "the new direct flight between Hà Nội and Milan"; article-000: "General Phan Van Giang in Hanoi on July 2".</remarks>
    [Fact]
    public void Hanoi_is_found_under_every_spelling()
    {
        Assert.Equal("hanoi", Places.Hanoi.Id);
        Assert.Equal("Hà Nội", Places.Hanoi.Name);
        foreach (var spelling in new[] { "Ha Noi", "Hà Nội", "hanoi", "HANOI", "Hà-Nội" })
        {
            Assert.Same(Places.Hanoi, Assert.Single(Data.FindByName(spelling)));
        }

        Assert.Same(Countries.Vietnam, Assert.Single(Data.FindByName("Viet Nam")));
        Assert.Same(Countries.Vietnam, Assert.Single(Data.FindByName("Việt Nam")));
        Assert.Same(People.VoThiAnhXuan, Assert.Single(Data.FindByName("vo thi anh xuan")));
    }

    /// <summary>Do "Cremnago" and "Perego Cremnago" find the same person as "Matteo Perego di Cremnago"?</summary>
    /// <remarks>
    /// article-000: "Matteo Perego di Cremnago"; article-001: "Matteo Perego Cremnago" and "Cremnago underlined Italy's willingness".
    /// </remarks>
    [Fact]
    public void Cremnago_spellings_find_the_same_person()
    {
        var perego = People.MatteoPeregoDiCremnago;

        Assert.Same(perego, Assert.Single(Data.FindByName("Cremnago")));
        Assert.Same(perego, Assert.Single(Data.FindByName("Matteo Perego Cremnago")));
        Assert.Same(perego, Assert.Single(Data.FindByName("matteo perego di cremnago")));
        Assert.Same(perego, Assert.Single(Data.SearchNames("Perego Cremnago")));
        Assert.Same(perego, Assert.Single(Data.SearchNames("cremnago")));

        // FindByName matches a whole name or alias only; a part of a name needs SearchNames.
        Assert.Empty(Data.FindByName("Perego Cremnago"));
    }

    /// <summary>Which entities have "vietnam" in a name or alias?</summary>
    /// <remarks>
    /// article-004: "Communist Party of Vietnam"; article-001: "the Vietnam People's Army"; article-000: "the Vietnamese Ministry of National Defence";
    /// article-002: "the Vietnamese community in Italy".
    /// </remarks>
    [Fact]
    public void Search_names_containing_vietnam()
    {
        Assert.Equal(
            new[]
            {
                "communist-party-of-vietnam",
                "vietnam",
                "vietnam-ministry-of-national-defence",
                "vietnam-peoples-army",
                "vietnamese-community-in-italy",
            },
            Ids(Data.SearchNames("vietnam")));
        Assert.Empty(Data.SearchNames("   "));
    }

    /// <summary>Do typed Find and the typed handles agree?</summary>
    /// <remarks>article-000: "Vietnamese Minister of National Defence General Phan Van Giang".</remarks>
    [Fact]
    public void Find_by_id_returns_the_typed_handle()
    {
        Assert.Same(People.PhanVanGiang, Data.Find("phan-van-giang"));
        Assert.Same(People.PhanVanGiang, Data.Find<Person>("phan-van-giang"));
        Assert.Null(Data.Find<Event>("phan-van-giang"));
        Assert.Null(Data.Find("no-such-record"));
        Assert.Same(Events.PoliticalConsultationsNextRound, Data.Find<Event>("political-consultations-next-round"));
        Assert.Equal(new[] { "Giang" }, People.PhanVanGiang.Aliases.ToArray()); // "Minister Giang" is title and surname, not a spelling
    }

    /// <summary>Does every typed handle say, to a nullable-aware caller, that it is never null?</summary>
    /// <remarks>
    /// The handle files turn the compiler's nullable analysis off to build faster, and keep the annotations;
    /// a file without them would declare every handle "oblivious", and callers would lose the guarantee.
    /// </remarks>
    [Fact]
    public void Every_typed_handle_is_declared_non_null()
    {
        var context = new System.Reflection.NullabilityInfoContext();
        var handles = new[] { typeof(People), typeof(Places), typeof(Events), typeof(Topics), typeof(Organizations), typeof(Sources), typeof(Agreements), typeof(Countries), typeof(Series) }
            .SelectMany(type => type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .ToList();
        Assert.Contains(handles, handle => handle.Name == nameof(People.PhanVanGiang));
        Assert.All(handles, handle =>
        {
            Assert.Equal(System.Reflection.NullabilityState.NotNull, context.Create(handle).ReadState);
            Assert.NotNull(handle.GetValue(null));
        });
    }

    // ---------------------------------------------------------------- topics

    /// <summary>Does EventsAbout(Defence) include events tagged only with a defence sub-topic?</summary>
    /// <remarks>
    /// article-001: the 4th dialogue agreed on "delegation exchange at all levels, human resources training, defense industry, and technology transfer"
    /// and discussed "maritime security" (all sub-topics, no plain "defence" tag); the association meeting was with "the Italian Association of Aerospace
    /// and Defense Industries"; article-004: the consultations will make "security" a pillar, and Tripodi's meeting was "to advance cooperation in economy, defence, and culture".
    /// </remarks>
    [Fact]
    public void Events_about_defence_include_events_tagged_only_with_a_sub_topic()
    {
        var events = Data.EventsAbout(Topics.Defence);

        Assert.Equal(
            new[]
            {
                "hoang-xuan-chien-visit-italy-2023",
                "chien-aerospace-defense-industries-association-meeting",
                "chien-crosetto-courtesy-call",
                "chien-portolano-meeting",
                "defence-policy-dialogue-4",
                "defence-policy-dialogue-5",
                "giang-perego-meeting",
                "political-consultations-next-round",
                "tripodi-le-thi-thu-hang-meeting",
            },
            Ids(events));

        var onlyChildTopics = events.Where(e => !e.Topics.Contains(Topics.Defence));
        Assert.Equal(
            new[] { "defence-policy-dialogue-4", "political-consultations-next-round" },
            SortedIds(onlyChildTopics));
        Assert.All(onlyChildTopics, e => Assert.Contains(e.Topics, t => t.Parent == Topics.Defence));
    }

    /// <summary>Which events touched on the Vietnamese community in Italy, counting the grandparent topic "Culture and society"?</summary>
    /// <remarks>
    /// article-002: "Regarding the Vietnamese community in Italy"; article-003: "a meeting with the Vietnamese community and Italian friends".
    /// </remarks>
    [Fact]
    public void Topic_hierarchy_reaches_grandchildren()
    {
        Assert.Equal("Culture and society / People-to-people exchange / Overseas Vietnamese community", Topics.OverseasCommunity.Path);
        Assert.True(Topics.OverseasCommunity.IsWithin(Topics.Culture));
        Assert.False(Topics.OverseasCommunity.IsWithin(Topics.Diplomacy));

        var aboutCommunity = Data.EventsAbout(Topics.OverseasCommunity);
        Assert.Equal(new[] { "thuong-la-russa-meeting", "xuan-vietnamese-community-meeting-2025" }, Ids(aboutCommunity));
        Assert.All(aboutCommunity, e => Assert.Contains(e, Data.EventsAbout(Topics.Culture)));
    }

    /// <summary>At which events was tourism discussed?</summary>
    /// <remarks>
    /// article-002: "enhancing cooperation in education, training, tourism" (La Russa) and "economy, trade, tourism, education" (Gualtieri);
    /// article-003: "trade-investment, energy transition, tourism, culture" (Fontana meeting).
    /// </remarks>
    [Fact]
    public void Events_about_tourism()
    {
        Assert.Equal(
            new[] { "thuong-gualtieri-meeting", "thuong-la-russa-meeting", "xuan-fontana-meeting" },
            Ids(Data.EventsAbout(Topics.Tourism)));
    }

    // ---------------------------------------------------------------- dates

    /// <summary>Which events could have taken place in July 2023?</summary>
    /// <remarks>
    /// article-001 (dated 2023-07-04): "announced on July 3 at the fourth Vietnam-Italy defense policy dialogue" and "This year ... 50th anniversary ...
    /// (1973 - 2023) and 10 years of strategic partnership (2013 - 2023)"; article-002: "On July 26, President Vo Van Thuong of Vietnam paid a visit to Rome";
    /// article-003: "his visit to Việt Nam in 2023". Events dated only to 2023 could fall in July, among them the three meetings Chien held
    /// "While in the European country" (their year inferred from the visit).
    /// </remarks>
    [Fact]
    public void Events_between_1_and_31_July_2023()
    {
        var events = Data.EventsBetween(new DateTime(2023, 7, 1), new DateTime(2023, 7, 31));

        Assert.Equal(
            new[]
            {
                // Chronological order: the year-precise events first, then the ones bounded within 2023 (each visit
                // followed by its sub-events), then the days.
                "diplomatic-relations-50th-anniversary",
                "fontana-visit-vietnam-2023",
                "strategic-partnership-10th-anniversary",
                "hoang-xuan-chien-visit-italy-2023",
                "chien-aerospace-defense-industries-association-meeting",
                "chien-crosetto-courtesy-call",
                "chien-portolano-meeting",
                "defence-policy-dialogue-4",
                "vo-van-thuong-visit-rome-2023",
                "thuong-gualtieri-meeting",
                "thuong-la-russa-meeting",
            },
            Ids(events));

        // Only the day-precise ones are known to fall in the range.
        Assert.Equal(
            new[] { "defence-policy-dialogue-4", "vo-van-thuong-visit-rome-2023", "thuong-gualtieri-meeting", "thuong-la-russa-meeting" },
            Ids(events.Where(e => e.Date.Precision == DatePrecision.Day)));

        // The July 2 meeting in Hanoi has no year, so no date range finds it.
        Assert.DoesNotContain(Events.GiangPeregoMeeting, Data.EventsBetween(DateTime.MinValue, DateTime.MaxValue));
    }

    /// <summary>What happened in 2025, in date order?</summary>
    /// <remarks>
    /// article-003 (dated 2025-07-02): the Fontana meeting "on Tuesday" and "The same day" the community meeting, during "her working trip";
    /// article-004 (2025): "the September 4 Business Forum in Hanoi" and the Tripodi–Hang meeting that "follows" it; the Hà Nội – Milan flight was
    /// inaugurated "during Xuân’s visit" (year inferred, day unknown).
    /// </remarks>
    [Fact]
    public void Events_in_2025()
    {
        Assert.Equal(
            new[]
            {
                "xuan-working-trip-italy-2025", // between 2025 and 2025-07-01
                "hanoi-milan-flight-inauguration", // a sub-event of the trip, listed under it
                "xuan-fontana-meeting",
                "xuan-vietnamese-community-meeting-2025",
                "hanoi-business-forum-2025",
                "tripodi-le-thi-thu-hang-meeting", // between 2025-09-04 and 2025
            },
            Ids(Data.EventsBetween(new DateTime(2025, 1, 1), new DateTime(2025, 12, 31))));
    }

    /// <summary>Which events are planned, and when and where?</summary>
    /// <remarks>article-004: "Italy and Vietnam will hold the next round of Political Consultations in Rome in March 2026."</remarks>
    [Fact]
    public void Planned_events()
    {
        var planned = Assert.Single(Data.Events, e => e.Status == EventStatus.Planned);

        Assert.Same(Events.PoliticalConsultationsNextRound, planned);
        Assert.Equal(EventKind.Consultation, planned.EventKind);
        Assert.Equal((2026, 3, DatePrecision.Month), (planned.Date.Year!.Value, planned.Date.Month!.Value, planned.Date.Precision));
        Assert.Same(Places.Rome, planned.Place);
        Assert.Same(Countries.Italy, planned.Country);
        Assert.Same(Series.PoliticalConsultations, planned.Series);
        Assert.Null(planned.Ordinal); // "the next round": no number is given
        Assert.Equal(new[] { "strategic-partnership", "trade", "security", "industry" }, Ids(planned.Topics));
        Assert.Equal(new[] { "political-consultations-next-round" }, Ids(Data.EventsBetween(new DateTime(2026, 3, 15), new DateTime(2026, 3, 15))));
    }

    /// <summary>Which events have an inferred date, and what does the inference for the Vo Van Thuong visit rest on?</summary>
    /// <remarks>
    /// article-002: "On July 26" with no year, "on the two countries’ 50th anniversary ... and the 10th anniversary of the strategic partnership";
    /// article-001: "(1973 - 2023)", "(2013 - 2023)"; article-004: "since January 21, 2013".
    /// </remarks>
    [Fact]
    public void Events_with_inferred_dates_and_their_basis()
    {
        Assert.Equal(
            new[]
            {
                "chien-aerospace-defense-industries-association-meeting",
                "chien-crosetto-courtesy-call",
                "chien-portolano-meeting",
                "defence-policy-dialogue-4",
                "defence-policy-dialogue-5", // bounded: not before 2024-07-02, with its reason
                "giang-perego-meeting",
                "hanoi-business-forum-2025",
                "hanoi-milan-flight-inauguration",
                "hoang-xuan-chien-visit-italy-2023",
                "nguyen-phu-trong-visit-italy-2013",
                "thuong-gualtieri-meeting",
                "thuong-la-russa-meeting",
                "tripodi-le-thi-thu-hang-meeting",
                "vo-van-thuong-visit-rome-2023",
                "xuan-fontana-meeting",
                "xuan-vietnamese-community-meeting-2025",
                "xuan-working-trip-italy-2025",
            },
            SortedIds(Data.Events.Where(e => e.Date.IsInferred)));

        var visit = Events.VoVanThuongVisitRome2023;
        Assert.Equal("2023-07-26", visit.Date.ToString());
        Assert.Equal("July 26", visit.DateText);
        Assert.Equal(new[] { "article-002", "article-001", "article-004" }, Ids(visit.Date.Inference!.Basis));

        // A stated date carries no inference (article-003: "his visit to Việt Nam in 2023").
        Assert.False(Events.FontanaVisitVietnam2023.Date.IsInferred);
        Assert.Null(Events.FontanaVisitVietnam2023.Date.Inference);
    }

    /// <summary>Why is the Xuân–Fontana meeting dated 1 July 2025?</summary>
    /// <remarks>article-003 (" date 2025-07-02"): "At a meeting with President of the Lombardy Regional Government Attilio Fontana on Tuesday".</remarks>
    [Fact]
    public void Tuesday_in_an_article_of_Wednesday_2_July_2025_is_1_July()
    {
        var meeting = Events.XuanFontanaMeeting;
        var published = Sources.Article003.Published;

        Assert.Equal("2025-07-02", published.ToString());
        Assert.Equal(DayOfWeek.Wednesday, published.Earliest!.Value.DayOfWeek);
        Assert.Equal("2025-07-01", meeting.Date.ToString());
        Assert.Equal(DayOfWeek.Tuesday, meeting.Date.Earliest!.Value.DayOfWeek);
        Assert.Equal("on Tuesday", meeting.DateText);
        Assert.Contains("on Tuesday", meeting.Date.Inference!.Reason, StringComparison.Ordinal);
        Assert.Same(Sources.Article003, Assert.Single(meeting.Date.Inference.Basis));
    }

    /// <summary>Which articles carry a publication date, and which dates were inferred?</summary>
    /// <remarks>
    /// article-001 " date 2023-07-04"; article-003 " date 2025-07-02"; article-000, -002 and -004 print no date;
    /// article-004 looks ahead to "March 2026", so it was written in 2025.
    /// </remarks>
    [Fact]
    public void Publication_dates_of_the_sources()
    {
        Assert.Equal(
            new[] { "not before 2024-07-02", "2023-07-04", "not before 2023-07-26", "2025-07-02", "between 2025-09-05 and 2025" },
            Data.Sources.Select(s => s.Published.ToString()).ToArray());
        Assert.Equal(
            new[] { "article-000", "article-002", "article-004" },
            Ids(Data.Sources.Where(s => s.Published.IsInferred)));
        Assert.Equal("Rosie Nguyen", Sources.Article002.Author);
        Assert.Equal("VNS", Sources.Article003.Outlet); // as printed ("— VNS"); the expansion is not in the text
        Assert.Equal("VNA", Sources.Article000.Outlet); // as printed ("Hanoi (VNA)")
    }

    // ---------------------------------------------------------------- event structure

    /// <summary>Which meetings took place during Vo Van Thuong's visit to Rome?</summary>
    /// <remarks>
    /// article-002: "he had a meeting with Ignazio La Russa, President of the Italian Senate" and "In the afternoon of the same day, President Vo Van Thuong
    /// met with Mayor of Rome Roberto Gualtieri."
    /// </remarks>
    [Fact]
    public void Meetings_during_the_Vo_Van_Thuong_visit()
    {
        var visitDate = Events.VoVanThuongVisitRome2023.Date;
        var children = Data.Events.Where(e => e.Parent == Events.VoVanThuongVisitRome2023).ToList();

        Assert.Equal(new[] { "thuong-gualtieri-meeting", "thuong-la-russa-meeting" }, Ids(children));
        Assert.All(children, e =>
        {
            Assert.Equal(visitDate, e.Date);
            Assert.Same(Places.Rome, e.Place);
        });
        Assert.Equal("In the afternoon of the same day", Events.ThuongGualtieriMeeting.DateText);
        Assert.Equal(EventKind.StateVisit, Events.VoVanThuongVisitRome2023.EventKind);
        Assert.Null(Events.VoVanThuongVisitRome2023.Parent);
    }

    /// <summary>What else happened during Chien's 2023 visit to Italy and during Xuân's 2025 working trip?</summary>
    /// <remarks>
    /// article-001: "While in the European country, Chien and his delegation paid a courtesy call ... held meetings with Admiral Luciano Portolano ...
    /// and representatives of the Italian Association of Aerospace and Defense Industries"; article-003: "as part of her working trip", "the inauguration
    /// of the Hà Nội – Milan direct flight during Xuân’s visit", "The same day, the Vietnamese leader had a meeting with the Vietnamese community".
    /// </remarks>
    [Fact]
    public void Sub_events_of_the_2023_and_2025_trips()
    {
        Assert.Equal(
            new[]
            {
                "chien-aerospace-defense-industries-association-meeting",
                "chien-crosetto-courtesy-call",
                "chien-portolano-meeting",
                "defence-policy-dialogue-4",
            },
            SortedIds(Data.Events.Where(e => e.Parent == Events.HoangXuanChienVisitItaly2023)));
        Assert.Equal(
            new[] { "hanoi-milan-flight-inauguration", "xuan-fontana-meeting", "xuan-vietnamese-community-meeting-2025" },
            SortedIds(Data.Events.Where(e => e.Parent == Events.XuanWorkingTripItaly2025)));
        Assert.Equal(EventKind.WorkingVisit, Events.XuanWorkingTripItaly2025.EventKind);
        Assert.Equal(EventKind.CourtesyCall, Events.ChienCrosettoCourtesyCall.EventKind);
    }

    // ---------------------------------------------------------------- event codes

    /// <summary>Which events are coded CAMEO 043 (host a visit)?</summary>
    /// <remarks>
    /// Every visit or meeting where one side received the other: e.g. article-001 "paid a courtesy call to Defense Minister Guido Crosetto",
    /// article-003 "Recalling memories from his visit to Việt Nam in 2023". The community meeting of article-003 has no host and is 042 only.
    /// </remarks>
    [Fact]
    public void Events_coded_CAMEO_043()
    {
        var hosted = Data.Events.Where(e => e.CameoCodes.Contains("043"));

        Assert.Equal(
            new[]
            {
                "chien-aerospace-defense-industries-association-meeting",
                "chien-crosetto-courtesy-call",
                "chien-portolano-meeting",
                "fontana-visit-vietnam-2023",
                "giang-perego-meeting",
                "hoang-xuan-chien-visit-italy-2023",
                "nguyen-phu-trong-visit-italy-2013",
                "thuong-gualtieri-meeting",
                "thuong-la-russa-meeting",
                "tripodi-le-thi-thu-hang-meeting",
                "vo-van-thuong-visit-rome-2023",
                "xuan-fontana-meeting",
                "xuan-working-trip-italy-2025",
            },
            SortedIds(hosted));
        Assert.All(hosted, e => Assert.Contains("042", e.CameoCodes));
        // Every visit has its host: a leader meeting her own community abroad is coded 040 (consult), not 042.
        Assert.DoesNotContain(Data.Events, e => e.CameoCodes.Contains("042") && !e.CameoCodes.Contains("043"));
        Assert.Equal(new[] { "040" }, Events.XuanVietnameseCommunityMeeting2025.CameoCodes.ToArray());
        // No negotiation is reported at either dialogue: "The consensus was announced", "the two sides pledged", "informed ... about the outcomes".
        Assert.Equal(new[] { "040", "0312" }, Events.DefencePolicyDialogue4.CameoCodes.ToArray());
        Assert.Equal(new[] { "040" }, Events.DefencePolicyDialogue5.CameoCodes.ToArray());
    }

    /// <summary>Which events are coded PLOVER CONSULT with mode Visit?</summary>
    /// <remarks>
    /// Face-to-face consultations held in one side's country. article-004's cultural-centre negotiations ("ongoing negotiations aim to open cultural
    /// centres") are CONSULT with no mode, since no meeting is described; the planned "next round of Political Consultations in Rome" is AGREE, because
    /// PLOVER codes a future meeting as an intention (CAMEO 036); article-003's meeting "with the Vietnamese community" is CONSULT with no mode.
    /// </remarks>
    [Fact]
    public void Events_coded_PLOVER_CONSULT_visit()
    {
        var visits = Data.Events
            .Where(e => e.PloverCodes.Any(c => c.Type == PloverType.Consult && c.Mode == PloverMode.Visit));

        Assert.Equal(
            new[]
            {
                "chien-aerospace-defense-industries-association-meeting",
                "chien-crosetto-courtesy-call",
                "chien-portolano-meeting",
                "defence-policy-dialogue-4",
                "defence-policy-dialogue-5",
                "fontana-visit-vietnam-2023",
                "giang-perego-meeting",
                "hoang-xuan-chien-visit-italy-2023",
                "nguyen-phu-trong-visit-italy-2013",
                "thuong-gualtieri-meeting",
                "thuong-la-russa-meeting",
                "tripodi-le-thi-thu-hang-meeting",
                "vo-van-thuong-visit-rome-2023",
                "xuan-fontana-meeting",
                "xuan-working-trip-italy-2025",
            },
            SortedIds(visits));

        var negotiation = Assert.Single(Events.CulturalCentresNegotiations.PloverCodes);
        Assert.Equal((PloverType.Consult, (PloverMode?)null), (negotiation.Type, negotiation.Mode));
        Assert.Equal(PloverType.Agree, Assert.Single(Events.PoliticalConsultationsNextRound.PloverCodes).Type);
        Assert.Null(Assert.Single(Events.XuanVietnameseCommunityMeeting2025.PloverCodes).Mode);
    }

    // ---------------------------------------------------------------- statements

    /// <summary>Which proposals were made by Vietnamese speakers?</summary>
    /// <remarks>
    /// article-000: "Giang proposed that both sides intensify delegation exchanges" and "He also suggested continued promotion of joint work";
    /// article-002: "State President Vo Van Thuong proposed intensifying the exchange of delegations" and "President Vo Van Thuong’s proposal to create
    /// favorable conditions"; article-003: "She suggested Lombardy establish partnerships with several Vietnamese localities".
    /// </remarks>
    [Fact]
    public void Proposals_by_Vietnamese_speakers()
    {
        var proposals = Data.Statements
            .Where(s => s.StatementKind == StatementKind.Proposal)
            .Where(s => s.Speakers.Any(p => p.HomeCountry == Countries.Vietnam));

        Assert.Equal(
            new[]
            {
                "st-giang-proposes-delegation-exchanges",
                "st-giang-suggests-defence-cooperation-fields",
                "st-thuong-proposes-delegation-exchanges-multilateral-coordination",
                "st-thuong-proposes-vietnamese-community-integration",
                "st-xuan-proposes-lombardy-partnerships",
            },
            Ids(proposals));

        // No Italian proposal: article-004 "Tripodi emphasised Minister Tajani’s push to expand cooperation" reports a push, not a proposal.
        // A statement without speakers (unattributed or the outlet's) is nobody's, so not Italy's, although All() over none is true.
        Assert.DoesNotContain(Data.Statements, s => s.StatementKind == StatementKind.Proposal && s.Speakers.Count > 0 && s.Speakers.All(p => p.HomeCountry == Countries.Italy));
        Assert.Equal(StatementKind.Affirmation, Data.Find<Statement>("st-tripodi-growth-diplomacy")!.StatementKind);
    }

    /// <summary>What did Phan Van Giang say, by kind of statement?</summary>
    /// <remarks>
    /// article-000: "Minister Giang stressed that Vietnam attaches great importance" (affirmation), "He commended the outcomes of the 5th dialogue" (praise),
    /// "He affirmed that the Vietnamese Ministry of National Defence would instruct its relevant agencies" (commitment), "Giang proposed" and "He also suggested" (proposals).
    /// </remarks>
    [Fact]
    public void Statements_by_Phan_Van_Giang_by_kind()
    {
        var byKind = Data.StatementsBy(People.PhanVanGiang)
            .GroupBy(s => s.StatementKind)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count()))
            .ToArray();

        Assert.Equal(
            new[] { (StatementKind.Proposal, 2), (StatementKind.Commitment, 1), (StatementKind.Affirmation, 1), (StatementKind.Praise, 1) },
            byKind);
        Assert.All(Data.StatementsBy(People.PhanVanGiang), s => Assert.Same(Events.GiangPeregoMeeting, s.Event));
    }

    /// <summary>Which statements did Ignazio La Russa make, alone or jointly?</summary>
    /// <remarks>
    /// article-002: "Senate President Ignazio La Russa agreed with President Vo Van Thuong’s proposal", "expressed support for economic relations",
    /// "highlighting Vietnam as Italy’s most important partner in ... (ASEAN)", "warmly welcomed President Vo Van Thuong", and "The two leaders also
    /// expressed their interest in enhancing cooperation in education, training, tourism".
    /// </remarks>
    [Fact]
    public void Statements_by_Ignazio_La_Russa()
    {
        var statements = Data.StatementsBy(People.IgnazioLaRussa);

        Assert.Equal(
            new[]
            {
                "st-la-russa-agrees-vietnamese-community-proposal",
                "st-la-russa-supports-economic-relations",
                "st-la-russa-vietnam-most-important-asean-partner",
                "st-la-russa-welcomes-first-state-level-visit-in-seven-years",
                "st-thuong-la-russa-interest-education-tourism",
            },
            Ids(statements));
        Assert.All(statements, s => Assert.Same(Events.ThuongLaRussaMeeting, s.Event));
        Assert.Equal(new[] { "vo-van-thuong", "ignazio-la-russa" }, Ids(statements[4].Speakers));
    }

    /// <summary>Which statements were made jointly, by more than one speaker?</summary>
    /// <remarks>
    /// article-001: "Vietnam and Italy have agreed", "the two sides pledged", "They emphasized the importance of maintaining peace";
    /// article-002: "Both leaders acknowledged the positive developments" and "The two leaders also expressed their interest".
    /// </remarks>
    [Fact]
    public void Joint_statements()
    {
        var joint = Data.Statements.Where(s => s.Speakers.Count > 1).ToList();

        Assert.Equal(
            new[]
            {
                "st-dialogue-4-agree-strengthen-defence-cooperation",
                "st-dialogue-4-peace-stability-unclos",
                "st-dialogue-4-pledge-peacekeeping-war-legacy-cyber",
                "st-thuong-gualtieri-positive-developments",
                "st-thuong-la-russa-interest-education-tourism",
            },
            Ids(joint));
        Assert.All(joint.Take(3), s =>
        {
            Assert.Equal(new[] { "vietnam", "italy" }, Ids(s.Speakers));
            Assert.Same(Events.DefencePolicyDialogue4, s.Event);
        });
    }

    /// <summary>What was said to Matteo Perego di Cremnago?</summary>
    /// <remarks>article-000: "Giang proposed that both sides intensify delegation exchanges" and "He also suggested continued promotion of joint work".</remarks>
    [Fact]
    public void Statements_addressed_to_Perego()
    {
        var toPerego = Data.Statements.Where(s => s.Addressees.Contains(People.MatteoPeregoDiCremnago));

        Assert.Equal(new[] { "st-giang-proposes-delegation-exchanges", "st-giang-suggests-defence-cooperation-fields" }, Ids(toPerego));
        Assert.All(toPerego, s => Assert.Equal(new[] { "phan-van-giang" }, Ids(s.Speakers)));
    }

    // ---------------------------------------------------------------- claims

    /// <summary>What is the partnership called? The preferred name, the other claims, and the sources behind each.</summary>
    /// <remarks>
    /// article-001: "10 years of strategic partnership (2013 - 2023)"; article-000: "Vietnam attaches great importance to the strategic partnership";
    /// article-002: "the well-established strategic partnership between Vietnam and Italy"; article-003: "its Strategic Partnership with Italy";
    /// article-004 alone: "A Comprehensive Strategic Partnership has bound the two countries since January 21, 2013".
    /// </remarks>
    [Fact]
    public void Conflicting_claims_on_the_partnership_name()
    {
        var claims = Data.Claims
            .Where(c => c.Subject == Agreements.VietnamItalyStrategicPartnership && c.Property == "name")
            .OrderBy(c => c.Rank)
            .ToList();

        Assert.Equal(new[] { "claim-partnership-name-strategic", "claim-partnership-name-comprehensive" }, Ids(claims));
        // Deprecated: article-004 contradicts four articles, two of them (001, 003) written after the 2013 it dates the name to, and reports no upgrade.
        Assert.Equal(new[] { ClaimRank.Preferred, ClaimRank.Deprecated }, claims.Select(c => c.Rank).ToArray());
        Assert.Equal(new[] { "Strategic Partnership", "Comprehensive Strategic Partnership" }, claims.Select(c => c.Value).ToArray());
        Assert.Equal(new[] { "article-000", "article-001", "article-002", "article-003" }, SourceIds(claims[0]));
        Assert.Equal(new[] { "article-004" }, SourceIds(claims[1]));

        // The agreement carries the preferred name.
        var preferred = claims.Single(c => c.Rank == ClaimRank.Preferred);
        Assert.Equal(preferred.Value, Agreements.VietnamItalyStrategicPartnership.Name);
    }

    /// <summary>When did the strategic partnership start, and on what occasion?</summary>
    /// <remarks>
    /// article-004: "since January 21, 2013, when the relationship was elevated ... during the historic visit to Italy by the Secretary-General of the
    /// Communist Party of Vietnam, Nguyen Phu Trong"; article-001: "(2013 - 2023)". Article-000's stray "14 years of bilateral strategic partnership"
    /// names no country and is excluded, so nothing contradicts 2013.
    /// </remarks>
    [Fact]
    public void Start_of_the_strategic_partnership()
    {
        var partnership = Agreements.VietnamItalyStrategicPartnership;
        Assert.Equal("2013-01-21", partnership.Date.ToString());
        Assert.Same(Events.NguyenPhuTrongVisitItaly2013, partnership.Event);
        Assert.Equal(AgreementStatus.InForce, partnership.Status);

        var starts = Data.Claims
            .Where(c => c.Subject == partnership && c.Property == "start")
            .OrderBy(c => c.Rank)
            .Select(c => (c.Rank, c.ValueDate.ToString()))
            .ToArray();
        Assert.Equal(new[] { (ClaimRank.Preferred, "2013-01-21") }, starts);
        // The visit contains the day of the elevation but is not dated by it: it began on that day or before.
        Assert.Equal(("not after 2013-01-21", true), (Events.NguyenPhuTrongVisitItaly2013.Date.ToString(), Events.NguyenPhuTrongVisitItaly2013.Date.IsInferred));

        var office = Assert.Single(Data.OfficesOf(People.NguyenPhuTrong));
        Assert.Equal("Secretary-General of the Communist Party of Vietnam", office.Title);
        Assert.Same(Organizations.CommunistPartyOfVietnam, office.Organization);
    }

    /// <summary>In which year was the 50th anniversary of diplomatic relations, and when were they established?</summary>
    /// <remarks>
    /// article-001: "This year, Vietnam and Italy celebrate the 50th anniversary of the bilateral diplomatic relations (1973 - 2023) and 10 years of strategic
    /// partnership (2013 - 2023)"; article-000's stray "50th anniversary of diplomatic ties in 2025" names no country, so it is excluded, not a claim.
    /// </remarks>
    [Fact]
    public void Anniversaries_and_the_1973_establishment()
    {
        var relations = Agreements.VietnamItalyDiplomaticRelations;
        Assert.Equal(1973, relations.Date.Year);

        var fiftieth = Data.Claims
            .Where(c => c.Subject == relations && c.Property == "fiftieth-anniversary-year")
            .OrderBy(c => c.Rank)
            .Select(c => (c.Rank, c.Value))
            .ToArray();
        Assert.Equal(new[] { (ClaimRank.Preferred, "2023") }, fiftieth);
        Assert.Equal("ex-000-two-nations-anniversary-2025", Data.Find<Exclusion>("ex-000-two-nations-anniversary-2025")!.Id);

        var anniversaries = Data.Events.Where(e => e.EventKind == EventKind.Anniversary).ToList();
        Assert.Equal(new[] { "diplomatic-relations-50th-anniversary", "strategic-partnership-10th-anniversary" }, Ids(anniversaries));
        Assert.All(anniversaries, e => Assert.Equal(2023, e.Date.Year));
        Assert.Equal(50, Events.DiplomaticRelations50thAnniversary.Date.Year - relations.Date.Year);
        Assert.Equal(10, Events.StrategicPartnership10thAnniversary.Date.Year - Agreements.VietnamItalyStrategicPartnership.Date.Year);
    }

    /// <summary>Where did Tripodi meet Le Thi Thu Hang: Rome or Hanoi?</summary>
    /// <remarks>article-004: "Deputy Foreign Minister Maria Tripodi met in Rome with" (preferred) against "The Hanoi meeting fits into a broader Indo-Pacific strategy." (deprecated).</remarks>
    [Fact]
    public void Claims_on_the_place_of_the_Tripodi_meeting()
    {
        var claims = Data.Claims
            .Where(c => c.Subject == Events.TripodiLeThiThuHangMeeting && c.Property == "place")
            .OrderBy(c => c.Rank)
            .Select(c => (c.Rank, c.Value))
            .ToArray();

        Assert.Equal(new[] { (ClaimRank.Preferred, "Rome"), (ClaimRank.Deprecated, "Hà Nội") }, claims);
        Assert.Same(Places.Rome, Events.TripodiLeThiThuHangMeeting.Place);
    }

    // ---------------------------------------------------------------- exclusions and evidence

    /// <summary>How many of article-000's sentences were excluded as off-topic, and does any fact rest on them?</summary>
    /// <remarks>
    /// article-000 ends its own story at "/." and then carries sentences from other stories: "between Vietnam and Australia",
    /// "Vietnam–Portugal relations", "cooperation with Egypt", "a Vietnam - US joint statement", a gift "to its Lao counterpart", "the localities in Can Tho", ...
    /// </remarks>
    [Fact]
    public void Off_topic_exclusions_of_article_000()
    {
        var offTopic = Data.Exclusions
            .Where(x => x.Source == Sources.Article000 && x.Category == ExclusionCategory.OffTopic)
            .ToList();

        // 17 off-topic: the 15 other stories plus the two sentences that name no country although their years look like Vietnam–Italy
        // years ("the 50th anniversary of diplomatic ties in 2025", "Since the establishment of diplomatic relations in 1973").
        Assert.Equal(17, offTopic.Count);
        Assert.Contains(offTopic, x => x.Id == "ex-000-two-nations-anniversary-2025");
        Assert.Contains(offTopic, x => x.Id == "ex-000-relations-since-1973");
        // 21 exclusion records in all (headline, caption, photo credit, dateline, 17 off-topic); the three sentences without a speaker
        // once held as commentary are now statements (st-unattributed-*). The coverage counts sentences, not records: the dateline
        // "Hanoi (VNA)" opens a sentence that is mostly quoted by facts, so it counts as cited.
        Assert.Equal(21, Data.Exclusions.Count(x => x.Source == Sources.Article000));
        Assert.Equal(0, Data.Exclusions.Count(x => x.Source == Sources.Article000 && x.Category == ExclusionCategory.Commentary));
        var coverage = Data.Info.Coverage.Single(c => c.SourceId == "article-000");
        // Two noise sentences with matching years are excluded; the three sentences without a speaker are cited by their statements.
        Assert.Equal((34, 14, 20, 0), (coverage.Sentences, coverage.Cited, coverage.Excluded, coverage.Unaccounted));

        // No country, place or person of the other stories became an entity.
        foreach (var name in new[] { "Australia", "Egypt", "Portugal", "Laos", "United States", "US", "Can Tho", "Pham Minh Chinh", "To Lam", "Ho Duc Phoc", "Tran Thanh Man" })
        {
            Assert.Empty(Data.FindByName(name));
        }

        Assert.Empty(Data.SearchNames("australia"));
        Assert.Empty(Data.SearchNames("portugal"));
        Assert.Empty(Data.SearchNames("egypt"));

        // No fact quotes an off-topic sentence.
        var facts = Data.All.Where(r => r is not Exclusion);
        foreach (var evidence in facts.SelectMany(r => r.Evidence).Where(e => e.Source == Sources.Article000))
        {
            Assert.DoesNotContain(offTopic, x => x.Quote.Contains(evidence.Quote, StringComparison.Ordinal) || evidence.Quote.Contains(x.Quote, StringComparison.Ordinal));
        }
    }

    /// <summary>Is every event's evidence a non-empty quote from one of the dataset's sources, found in that article's text?</summary>
    /// <remarks>The quotes are "exactly as in the article (runs of whitespace aside)" (Evidence.Quote); the articles are seeds/sources/*.txt.</remarks>
    [Fact]
    public void Every_event_quote_is_non_empty_and_comes_from_a_known_source()
    {
        var root = Snapshot.RepositoryRoot();
        var texts = Data.Sources.ToDictionary(
            s => s,
            s => Collapse(File.ReadAllText(Path.Combine(root, "seeds", s.FileName))));

        Assert.All(Data.Events, e =>
        {
            Assert.NotEmpty(e.Evidence);
            Assert.All(e.Evidence, evidence =>
            {
                Assert.False(string.IsNullOrWhiteSpace(evidence.Quote), $"{e.Id} has an empty quote");
                Assert.Contains(evidence.Source, Data.Sources);
                Assert.Contains(Collapse(evidence.Quote), texts[evidence.Source], StringComparison.Ordinal);
            });
        });
    }

    /// <summary>Which articles does each event rest on? (How many events come from more than one article?)</summary>
    /// <remarks>
    /// article-001: "the 50th anniversary of the bilateral diplomatic relations (1973 - 2023) and 10 years of strategic partnership (2013 - 2023)";
    /// article-002: "the two countries’ 50th anniversary ... and the 10th anniversary of the strategic partnership".
    /// </remarks>
    [Fact]
    public void Events_cited_by_more_than_one_article()
    {
        Assert.Equal(
            new[] { "diplomatic-relations-50th-anniversary", "strategic-partnership-10th-anniversary" },
            SortedIds(Data.Events.Where(e => e.Evidence.Select(x => x.Source).Distinct().Count() > 1)));
        Assert.Equal(new[] { "article-001", "article-002" }, SourceIds(Events.DiplomaticRelations50thAnniversary));
    }

    /// <summary>Which countries does the dataset know, with their ISO codes?</summary>
    /// <remarks>Only the two parties: article-002 "Rome, Italy", article-001 "Vietnam and Italy have agreed".</remarks>
    [Fact]
    public void Countries_and_ISO_codes()
    {
        Assert.Equal(
            new[] { ("italy", "IT", "ITA"), ("vietnam", "VN", "VNM") },
            Data.Countries.Select(c => (c.Id, c.Iso2, c.Iso3)).ToArray());
        Assert.Same(Countries.Vietnam, Countries.Vietnam.HomeCountry);
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
