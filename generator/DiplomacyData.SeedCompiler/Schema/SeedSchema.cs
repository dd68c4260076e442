using System.Collections.Generic;
using System.Linq;
using DiplomacyData.SeedCompiler.Schema.Rules;
using DiplomacyData.TableFormat;
using static DiplomacyData.SeedCompiler.Schema.FieldDef;

namespace DiplomacyData.SeedCompiler.Schema;

/// <summary>
/// The one description of the seed format. Parsing, validation, the binary encoding and the
/// generated decoder all walk these tables, so the runtime reader cannot drift from the writer.
/// <see cref="Kinds"/> is in the shared <see cref="KindCode"/> order, which is the table and decoding
/// order: a kind only refers to kinds before it (or to itself, through a parent chain the compiler
/// orders parent-first).
/// </summary>
internal static class SeedSchema
{
    /// <summary>How many opening words of an excluded sentence the package carries (the seed holds it whole).</summary>
    public const int ExclusionQuoteWords = 8;

    public const string Sources = "sources";
    public const string Topics = "topics";
    public const string Series = "series";
    public const string Countries = "countries";
    public const string Places = "places";
    public const string Organizations = "organizations";
    public const string People = "people";
    public const string Events = "events";
    public const string Offices = "offices";
    public const string Agreements = "agreements";
    public const string Statements = "statements";
    public const string Figures = "figures";
    public const string Claims = "claims";
    public const string Exclusions = "exclusions";

    private static readonly string[] Actors = { People, Organizations, Countries };

    public static readonly ObjectDef Evidence = new("a piece of evidence", "Evidence",
        Ref("source", "Source", true, Sources),
        Text("quote", true));

    /// <summary>One alias of an entity and one article whose text uses it (filled in by <see cref="Linking.AliasSources"/>).</summary>
    public static readonly ObjectDef AliasSource = new("an alias and a source that uses it", "AliasSource",
        Str("alias", true),
        Ref("source", "Source", true, Sources));

    public static readonly ObjectDef Participant = new("a participant", "Participant",
        Ref("actor", "Entity", true, Actors),
        Enum("role", "ParticipantRole", true, "host", "visitor", "co-chair", "delegation-head", "member", "participant", "organizer", "guest"));

    /// <summary>
    /// A CAMEO code and its direction, as GDELT's Actor1 → Actor2: the actors who act (<c>source</c>) and the
    /// actors acted on (<c>target</c>), each one of the event's participants (<see cref="CodeActorsRule"/>).
    /// </summary>
    public static readonly ObjectDef Cameo = new("a CAMEO code", "CameoCode",
        Str("code", true, CameoCodeRule.Instance),
        CodeActors("source", "Sources"),
        CodeActors("target", "Targets"));

    public static readonly ObjectDef Plover = new("a PLOVER code", "PloverCode",
        Enum("type", "PloverType", true, "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
        Enum("mode", "PloverMode", false, "visit", "third-party", "multilateral", "phone"),
        CodeActors("source", "Sources"),
        CodeActors("target", "Targets"));

    /// <summary>
    /// A date the sources do not state, with the reasoning behind it: either inferred,
    /// <c>{ "inferred": "2025-07-01", "reason": "...", "basis": ["article-003"] }</c>, or bounded without
    /// being fixed (Wikidata's earliest and latest date), <c>{ "earliest": "2024-07-02", "latest": "2025-09-05", "reason": ..., "basis": [...] }</c>,
    /// with one bound or both. The parser takes one form or the other, never both.
    /// </summary>
    public static readonly ObjectDef ReasonedDate = new("an inferred or bounded date", "PartialDate",
        Str("inferred"),
        Str("earliest"),
        Str("latest"),
        Text("reason", true),
        Refs("basis", "Source", true, Sources));

    public static readonly IReadOnlyList<KindDef> Kinds = InTableOrder(new[]
    {
        new KindDef(Sources, "a source", "Source", "Sources", "title", false,
            Str("file", true).AsProperty("FileName"), Text("title", true), Str("outlet"), Str("author"), Date("published"), Str("language", true), Text("note"), Computed("contentHash")),
        new KindDef(Topics, "a topic", "Topic", "Topics", "name", false,
            Str("name", true), Parent("Topic", Topics), Text("note")),
        new KindDef(Series, "an event series", "EventSeries", "Series", "name", false,
            Str("name", true), Text("note")),
        new KindDef(Countries, "a country", "Country", "Countries", "name", false,
            Str("name", true), Str("iso2", true), Str("iso3", true), Strings("aliases"), ComputedObjects("aliasSources", AliasSource), EvidenceList(), Text("note")),
        new KindDef(Places, "a place", "Place", "Places", "name", false,
            Str("name", true), Enum("kind", "PlaceKind", true, "city", "region", "province", "district", "venue", "area").AsProperty("PlaceKind"),
            Parent("Place", Places), Ref("country", "Country", false, Countries), Strings("aliases"), ComputedObjects("aliasSources", AliasSource), EvidenceList(), Text("note"))
        {
            Rules = new RecordRule[] { new OneOfRequiredRule("parent", "country") },
        },
        new KindDef(Organizations, "an organization", "Organization", "Organizations", "name", false,
            Str("name", true),
            Enum("kind", "OrganizationKind", true, "state", "government", "ministry", "parliament", "regional-government", "city-government", "party", "military", "association", "agency", "international-body", "company", "media", "community").AsProperty("OrganizationKind"),
            Ref("country", "Country", false, Countries), Parent("Organization", Organizations), Strings("aliases"), ComputedObjects("aliasSources", AliasSource), EvidenceList(), Text("note")),
        new KindDef(People, "a person", "Person", "People", "name", false,
            Str("name", true), Ref("nationality", "Country", false, Countries), Strings("aliases"), ComputedObjects("aliasSources", AliasSource), EvidenceList(), Text("note")),
        new KindDef(Events, "an event", "Event", "Events", "title", true,
            Enum("kind", "EventKind", true, "meeting", "visit", "state-visit", "working-visit", "courtesy-call", "dialogue", "consultation", "business-forum", "inauguration", "celebration", "anniversary", "signing", "other").AsProperty("EventKind"),
            Text("title", true).AsDetail(), Date("date"), Date("endDate"), Str("dateText").AsDetail(),
            Ref("place", "Entity", false, Places, Countries),
            Enum("status", "EventStatus", true, "held", "planned", "under-way"),
            Ref("series", "EventSeries", false, Series), Int("ordinal"), Parent("Event", Events),
            Objects("participants", Participant), Refs("topics", "Topic", false, Topics),
            Objects("cameo", Cameo).AsDetail(), Objects("plover", Plover).AsProperty("PloverCodes").AsDetail(), Text("actorsNote").AsDetail(), Text("summary").AsDetail(),
            EvidenceList().AsDetail(), Text("note").AsDetail())
        {
            ReadsFromRow = true,
            Rules = new RecordRule[] { new DateOrderRule("date", "endDate"), new CodeActorsRule("participants", "actorsNote", "cameo", "plover") },
        },
        new KindDef(Offices, "an office held", "OfficeHeld", null, "title", true,
            Ref("person", "Person", true, People), Str("title", true), Ref("organization", "Organization", false, Organizations),
            Str("rank").AsProperty("MilitaryRank"), Date("start"), Date("end"), Refs("shownAt", "Event", false, Events), EvidenceList(), Text("note"))
        {
            Rules = new RecordRule[] { new DateOrderRule("start", "end") },
        },
        new KindDef(Agreements, "an agreement", "Agreement", "Agreements", "name", true,
            Enum("kind", "AgreementKind", true, "memorandum", "partnership", "action-plan", "technical-agreement", "commercial-agreement", "treaty", "diplomatic-relations").AsProperty("AgreementKind"),
            Text("name", true), Refs("parties", "Entity", false, Actors), Date("date"), Date("start"), Date("end"),
            Enum("status", "AgreementStatus", true, "signed", "in-force", "under-negotiation", "planned", "ended"),
            Ref("event", "Event", false, Events), Refs("topics", "Topic", false, Topics), EvidenceList(), Text("note"))
        {
            Rules = new RecordRule[] { new DateOrderRule("start", "end") },
        },
        new KindDef(Statements, "a statement", "Statement", null, "summary", true,
            Enum("kind", "StatementKind", true, "proposal", "commitment", "affirmation", "assessment", "praise", "request", "support", "information").AsProperty("StatementKind"),
            Enum("attribution", "StatementAttribution", false, AttributedSpeakersRule.BySpeakers, AttributedSpeakersRule.Unattributed, AttributedSpeakersRule.ByOutlet),
            Refs("speakers", "Entity", false, Actors), Refs("addressees", "Entity", false, Actors), Ref("event", "Event", false, Events),
            Date("date"), Text("summary", true), Refs("topics", "Topic", false, Topics), EvidenceList(), Text("note"))
        {
            Rules = new RecordRule[] { new AttributedSpeakersRule() },
        },
        new KindDef(Figures, "a figure", "Figure", null, "description", true,
            Enum("measure", "FigureMeasure", true, "bilateral-trade", "bilateral-trade-growth", "italian-exports-to-vietnam-growth", "vietnam-share-of-italian-imports-from-asean",
                "italian-companies-in-vietnam", "business-forum-italian-companies", "business-forum-vietnamese-companies", "years-since-previous-state-level-visit-exchange").AsProperty("MeasureKind"),
            Text("description", true), Dec("value", true), Str("unit", true),
            Enum("comparator", "Comparator", false, "exactly", "over", "at-least", "nearly", "about", "under"),
            Date("period"), Str("periodText"), Date("reportedOn"),
            Refs("subjects", "Entity", false, Countries, Organizations, Places, People), Ref("event", "Event", false, Events),
            Refs("topics", "Topic", false, Topics), EvidenceList(), Text("note")),
        new KindDef(Claims, "a claim", "Claim", null, "value", true,
            Ref("subject", "Record", true, Sources, Topics, Series, Countries, Places, Organizations, People, Events, Offices, Agreements, Statements, Figures),
            Str("property", true), Text("value", true), Date("valueDate"),
            Enum("rank", "ClaimRank", true, "preferred", "normal", "deprecated"), Text("note", true), EvidenceList()),
        new KindDef(Exclusions, "an exclusion", "Exclusion", null, "reason", false,
            Ref("source", "Source", true, Sources), OpeningWords("quote", ExclusionQuoteWords),
            Enum("category", "ExclusionCategory", true, "off-topic", "headline", "caption", "byline", "boilerplate", "metadata", "duplicate", "commentary"),
            Text("reason", true)),
    });

    /// <summary>
    /// The objects records hold, each under the name the JSON Schema's definitions and the seed guide's
    /// tables give it; both writers walk this list, so a new kind of object is declared here once.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, ObjectDef Definition)> Items = new[]
    {
        ("evidence", Evidence), ("participant", Participant), ("cameo", Cameo), ("plover", Plover),
    };

    private static readonly Dictionary<string, KindDef> ByKey = Kinds.ToDictionary(k => k.JsonKey);

    private static readonly Dictionary<string, int> IndexByKey = Kinds.Select((kind, index) => (kind.JsonKey, index)).ToDictionary(pair => pair.JsonKey, pair => pair.index);

    /// <summary>The name <see cref="Items"/> gives an object held in records.</summary>
    public static string ItemNamed(ObjectDef item) =>
        Items.FirstOrDefault(pair => pair.Definition == item).Name
        ?? throw new System.InvalidOperationException($"{item.Description} is not in {nameof(SeedSchema)}.{nameof(Items)}; add it there.");

    public static KindDef? Kind(string jsonKey) => ByKey.TryGetValue(jsonKey, out var kind) ? kind : null;

    /// <summary>The kind's position in <see cref="Kinds"/>, which is its decoding order; called once per record, so a lookup.</summary>
    public static int KindIndex(string jsonKey) => IndexByKey[jsonKey];

    /// <summary>The kinds placed by their <see cref="KindCode"/> (named by ClrType), so the order is defined once, beside the reader.</summary>
    private static KindDef[] InTableOrder(KindDef[] kinds)
    {
        var ordered = new KindDef[System.Enum.GetValues(typeof(KindCode)).Length];
        foreach (var kind in kinds)
        {
            var code = (int)(KindCode)System.Enum.Parse(typeof(KindCode), kind.ClrType);
            if (ordered[code] is not null)
            {
                throw new System.InvalidOperationException($"Two kinds claim the table position of {kind.ClrType}.");
            }

            ordered[code] = kind;
        }

        var missing = System.Array.IndexOf(ordered, null);
        return missing < 0 ? ordered : throw new System.InvalidOperationException($"No kind describes {(KindCode)missing}.");
    }

    // Who acts and who is acted on: optional in the parser, because an event whose text names no actors
    // says so in its actorsNote instead; CodeActorsRule asks for them everywhere else.
    private static FieldDef CodeActors(string name, string property) => Refs(name, "Entity", false, Actors).AsProperty(property);

    // Evidence is never "required" in the schema sense: facts are checked for it (DD0016), with a message about evidence.
    private static FieldDef EvidenceList() => Objects("evidence", Evidence);
}
