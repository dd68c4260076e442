namespace DiplomacyData;

/// <summary>
/// What a <see cref="Figure"/> measures: the time series it belongs to. Every figure of a series has the same
/// measure and unit, so figures of one measure can be compared across periods and sources.
/// </summary>
/// <remarks>
/// Seed files write the members in kebab case (<c>bilateral-trade</c>), which <see cref="Figure.Measure"/> returns;
/// the order matches the seed schema. A new series is a new member, added to the schema and here together.
/// </remarks>
public enum FigureMeasure
{
    /// <summary><c>bilateral-trade</c>: the value of trade between Italy and Vietnam in both directions over the period, in a currency.</summary>
    BilateralTrade,

    /// <summary><c>bilateral-trade-growth</c>: the change in Italy–Vietnam trade over the period, in percent.</summary>
    BilateralTradeGrowth,

    /// <summary><c>italian-exports-to-vietnam-growth</c>: the change in the value of Italy's exports to Vietnam over the period, in percent.</summary>
    ItalianExportsToVietnamGrowth,

    /// <summary><c>vietnam-share-of-italian-imports-from-asean</c>: Vietnam's part of what Italy imports from ASEAN countries, in percent.</summary>
    VietnamShareOfItalianImportsFromAsean,

    /// <summary><c>italian-companies-in-vietnam</c>: how many Italian companies operate in Vietnam, in companies.</summary>
    ItalianCompaniesInVietnam,

    /// <summary><c>business-forum-italian-companies</c>: how many Italian companies took part in a Vietnam–Italy business forum, in companies.</summary>
    BusinessForumItalianCompanies,

    /// <summary><c>business-forum-vietnamese-companies</c>: how many Vietnamese companies took part in a Vietnam–Italy business forum, in companies.</summary>
    BusinessForumVietnameseCompanies,

    /// <summary><c>years-since-previous-state-level-visit-exchange</c>: the years between two exchanges of state-level visits, in years.</summary>
    YearsSincePreviousStateLevelVisitExchange,
}
