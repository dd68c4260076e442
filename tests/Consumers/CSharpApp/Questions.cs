using System.Globalization;
using DiplomacyData;

namespace CSharpApp;

/// <summary>
/// What a user of the package asks of it, written the way they would (LINQ over <see cref="Dataset.Current"/>
/// and the typed handles), each with the answer the articles justify. The comments quote the article text.
/// </summary>
internal static class Questions
{
    private static Dataset Data => Dataset.Current;

    public static IReadOnlyList<Question> All(string expectedRelease) =>
    [
        new("Which data release is this?", expectedRelease, () => Data.Info.ReleaseVersion),

        // article-001: "The consensus was announced on July 3 at the fourth Vietnam-Italy defense policy dialogue"
        // (published 2023-07-04).
        new("When was the 4th defence policy dialogue?", "2023-07-03",
            () => Data.Events.Single(e => e.Series == Series.DefencePolicyDialogue && e.Ordinal == 4).Date.ToString()),

        // article-002: Vo Van Thuong's visit to Rome and his meetings there with La Russa and Gualtieri;
        // article-004: "Maria Tripodi met in Rome with Vietnam's Vice Minister" and "the next round of
        // Political Consultations in Rome in March 2026".
        new("How many events were held (or are planned) in Rome?", "5",
            () => Data.EventsAt(Places.Rome).Count.ToString(CultureInfo.InvariantCulture)),

        // The 13 events of QueryTests.Events_in_Italy_with_a_Vietnamese_participant_in_date_order.
        new("How many events in Italy had a Vietnamese participant?", "13",
            () => Data.EventsAt(Countries.Italy)
                .Count(e => e.Participants.Any(p => p.Actor.HomeCountry == Countries.Vietnam))
                .ToString(CultureInfo.InvariantCulture)),

        // article-001: "announced on July 3 at the fourth Vietnam-Italy defense policy dialogue". Nguyen Phu Trong's
        // 2013 visit is earlier, but article-004 gives only a day within it ("since January 21, 2013"), so its date is a year.
        new("Which event is the earliest with a known day?", "2023-07-03 defence-policy-dialogue-4",
            () => Data.Events
                .Where(e => e.Date.Precision == DatePrecision.Day)
                .OrderBy(e => e.Date)
                .Select(e => $"{e.Date} {e.Id}")
                .First()),

        // Events whose date is known (given or inferred), at least to the year; ten more the sources only bound
        // ("between 2023 and 2023-07-03", "not before 2024-07-02"), and one has no date at all.
        new("How many dated events are there per year?", "2023: 7, 2025: 3, 2026: 1",
            () => string.Join(", ", Data.Events
                .Where(e => e.Date.IsKnown)
                .GroupBy(e => e.Date.Year!.Value)
                .OrderBy(g => g.Key)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count()}")))),

        // article-003 writes "Võ Thị Ánh Xuân"; a user types it without diacritics.
        new("Who is \"Vo Thi Anh Xuan\"?", "Võ Thị Ánh Xuân (vo-thi-anh-xuan)",
            () => Data.FindByName("Vo Thi Anh Xuan").OfType<Person>().Select(p => $"{p.Name} ({p.Id})").Single()),

        // article-000: "Undersecretary of State for Defence Matteo Perego di Cremnago".
        new("Whose name contains \"cremnago\"?", "matteo-perego-di-cremnago",
            () => string.Join(", ", Data.SearchNames("cremnago").Select(e => e.Id))),

        // article-004: "€6 billion+: Italy-Vietnam trade in 2023."
        new("What was Italy–Vietnam trade in 2023?", "Over 6000000000 EUR",
            () => Data.Figures
                .Where(f => f.Measure == "bilateral-trade" && f.Period.Year == 2023)
                .Select(f => $"{f.Comparator} {f.Value.ToString(CultureInfo.InvariantCulture)} {f.Unit}")
                .Single()),

        // article-000: "Giang proposed that both sides intensify delegation exchanges" and "He also suggested
        // continued promotion of joint work".
        new("How many proposals did Phan Van Giang make?", "2",
            () => Data.StatementsBy(People.PhanVanGiang)
                .Count(s => s.StatementKind == StatementKind.Proposal)
                .ToString(CultureInfo.InvariantCulture)),
    ];
}
