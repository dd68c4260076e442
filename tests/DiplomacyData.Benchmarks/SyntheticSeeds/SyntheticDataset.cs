using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace DiplomacyData.Synthetic;

/// <summary>
/// Writes a complete, valid seeds folder of any size: countries, a place hierarchy, organizations,
/// people with Vietnamese and Italian names (diacritics and their plain spellings as aliases), topics,
/// series, sources, and events, offices, statements, agreements, figures and claims. Every fact quotes
/// a line of a generated article, and every article line is quoted or excluded, so the compiler reports
/// no DD errors or warnings. The same event count always gives byte-identical files (own PRNG, fixed
/// seed, invariant formatting), so measurements can be repeated.
/// </summary>
public static class SyntheticDataset
{
    /// <summary>Events per source article: one article line per fact, plus a headline.</summary>
    public const int EventsPerSource = 50;

    private static readonly string[] VietnameseSurnames = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };
    private static readonly string[] VietnameseMiddle = { "Văn", "Thị", "Minh", "Xuân", "Đức", "Quốc", "Thanh", "Hữu", "Ngọc", "Trung" };
    private static readonly string[] VietnameseGiven = { "Anh", "Bình", "Chiến", "Giang", "Hùng", "Khánh", "Lan", "Mai", "Nam", "Phúc", "Quang", "Sơn", "Thắng", "Tuấn", "Vinh", "Yến", "Hải", "Dũng", "Long", "Thủy" };
    private static readonly string[] ItalianGiven = { "Marco", "Giulia", "Luca", "Francesca", "Matteo", "Chiara", "Giovanni", "Elena", "Antonio", "Sara", "Paolo", "Federica", "Niccolò", "Lucía" };
    private static readonly string[] ItalianSurnames = { "Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Fabbri" };
    private static readonly string[] VietnamesePlaceWords = { "Hà", "Nội", "Hải", "Phòng", "Đà", "Nẵng", "Huế", "Cần", "Thơ", "Quảng", "Ninh", "Bình", "Định", "Long", "An", "Thái", "Nguyên", "Sơn", "Lâm", "Đồng" };
    private static readonly string[] ItalianPlaceWords = { "Roma", "Milano", "Napoli", "Torino", "Firenze", "Bologna", "Genova", "Verona", "Padova", "Trieste", "Bari", "Lecce", "Como", "Siena", "Parma" };
    private static readonly (string Id, string Name, string Iso2, string Iso3, string[] Aliases)[] Countries =
    {
        ("vietnam", "Việt Nam", "VN", "VNM", new[] { "Vietnam", "Viet Nam", "Socialist Republic of Vietnam" }),
        ("italy", "Italy", "IT", "ITA", new[] { "Italia", "Italian Republic" }),
        ("france", "France", "FR", "FRA", new[] { "French Republic" }),
        ("germany", "Germany", "DE", "DEU", new[] { "Deutschland" }),
        ("japan", "Japan", "JP", "JPN", new[] { "Nippon" }),
        ("south-korea", "South Korea", "KR", "KOR", new[] { "Republic of Korea" }),
        ("india", "India", "IN", "IND", new[] { "Bharat" }),
        ("australia", "Australia", "AU", "AUS", Array.Empty<string>()),
    };

    private static readonly string[] EventKinds = { "meeting", "visit", "state-visit", "working-visit", "courtesy-call", "dialogue", "consultation", "business-forum", "inauguration", "celebration", "anniversary", "signing", "other" };
    private static readonly string[] Roles = { "host", "visitor", "co-chair", "delegation-head", "member", "participant", "organizer", "guest" };
    private static readonly string[] OrganizationKinds = { "government", "ministry", "parliament", "agency", "company", "association", "military", "media" };
    private static readonly string[] StatementKinds = { "proposal", "commitment", "affirmation", "assessment", "praise", "request", "support", "information" };
    private static readonly string[] PloverTypes = { "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST" };
    private static readonly string[] Cameo = { "036", "040", "042", "043", "046", "057", "061", "062" };
    private static readonly string[] Months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
    private static readonly string[] TopicAreas = { "Defence", "Trade", "Education", "Culture", "Tourism", "Energy", "Health", "Science" };
    private static readonly string[] TopicAspects = { "policy", "industry", "exchange", "investment", "training" };
    private static readonly string[] TopicDetails = { "bilateral", "multilateral" };

    /// <summary>The seed files for <paramref name="eventCount"/> events, as (path relative to the seeds folder, content).</summary>
    public static IReadOnlyList<(string RelativePath, string Text)> Generate(int eventCount) => new Builder(eventCount).Build();

    /// <summary>Writes <see cref="Generate"/> under <paramref name="seedsDirectory"/> (which is emptied first).</summary>
    public static int WriteTo(string seedsDirectory, int eventCount)
    {
        if (Directory.Exists(seedsDirectory))
        {
            Directory.Delete(seedsDirectory, recursive: true);
        }

        var files = Generate(eventCount);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(seedsDirectory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        return files.Count;
    }

    /// <summary>Lower-case ASCII words joined by '-', as seed ids must be.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in Plain(name).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>The name without diacritics ("Nguyễn Văn Anh" becomes "Nguyen Van Anh"), as sources in English print it.</summary>
    public static string Plain(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private sealed class Builder
    {
        private readonly int _events;
        private readonly Prng _random = new(0x5EED_2025);
        private readonly List<(string Id, string Name, string Country)> _places = new();
        private readonly List<string> _organizations = new();
        private readonly List<(string Id, string Name, string Country)> _people = new();
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly List<string> _topics = new();
        private readonly List<string> _series = new();
        private readonly List<List<string>> _articleLines = new();

        /// <summary>Every alias written, in order: each bulletin prints some of them, since an alias is a spelling the sources use (DD0029).</summary>
        private readonly List<string> _aliases = new();

        /// <summary>Each bulletin's line of aliases, if it has one.</summary>
        private readonly Dictionary<int, string> _aliasLines = new();
        private readonly List<(string Path, string Text)> _files = new();

        public Builder(int events) => _events = Math.Max(1, events);

        private int SourceCount => (_events + EventsPerSource - 1) / EventsPerSource;

        public IReadOnlyList<(string, string)> Build()
        {
            for (var s = 0; s < SourceCount; s++)
            {
                _articleLines.Add(new List<string> { $"Vietnam and Italy: bulletin {s + 1}" });
            }

            _files.Add(("entities/countries.json", Write(w => Array(w, "countries", Countries, (w, c) =>
            {
                w.WriteString("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteString("iso2", c.Iso2);
                w.WriteString("iso3", c.Iso3);
                Aliases(w, c.Aliases);
            }))));
            _files.Add(("taxonomy/topics.json", Write(WriteTopics)));
            _files.Add(("taxonomy/series.json", Write(WriteSeries)));
            _files.Add(("entities/places.json", Write(WritePlaces)));
            _files.Add(("entities/organizations.json", Write(WriteOrganizations)));
            _files.Add(("entities/people.json", Write(WritePeople)));
            PrintAliases();
            for (var s = 0; s < SourceCount; s++)
            {
                var source = s;
                _files.Add(($"articles/{s:D5}.json", Write(w => WriteArticle(w, source))));
            }

            _files.Add(("sources.json", Write(WriteSources)));
            for (var s = 0; s < SourceCount; s++)
            {
                _files.Add(($"sources/{s:D5}.txt", string.Join("\n", _articleLines[s]) + "\n"));
            }

            return _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        }

        private void WriteTopics(Utf8JsonWriter w)
        {
            w.WritePropertyName("topics");
            w.WriteStartArray();
            foreach (var area in TopicAreas)
            {
                var areaId = Slug(area);
                Topic(w, areaId, area, null);
                foreach (var aspect in TopicAspects)
                {
                    var aspectId = $"{areaId}-{aspect}";
                    Topic(w, aspectId, $"{area} {aspect}", areaId);
                    foreach (var detail in TopicDetails)
                    {
                        Topic(w, $"{aspectId}-{detail}", $"{detail} {area.ToLowerInvariant()} {aspect}", aspectId);
                    }
                }
            }

            w.WriteEndArray();

            void Topic(Utf8JsonWriter w, string id, string name, string? parent)
            {
                _topics.Add(id);
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", char.ToUpperInvariant(name[0]) + name.Substring(1));
                if (parent is not null)
                {
                    w.WriteString("parent", parent);
                }

                w.WriteEndObject();
            }
        }

        private void WriteSeries(Utf8JsonWriter w)
        {
            var count = Math.Max(3, _events / 500);
            w.WritePropertyName("series");
            w.WriteStartArray();
            for (var i = 0; i < count; i++)
            {
                var id = $"series-{i + 1}";
                _series.Add(id);
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", $"Vietnam–Italy {TopicAreas[i % TopicAreas.Length].ToLowerInvariant()} dialogue {i + 1}");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        /// <summary>Regions in a country, cities in regions, venues in cities: chains of up to three places.</summary>
        private void WritePlaces(Utf8JsonWriter w)
        {
            var regions = Math.Max(4, _events / 2000);
            w.WritePropertyName("places");
            w.WriteStartArray();
            for (var r = 0; r < regions; r++)
            {
                var vietnamese = r % 2 == 0;
                var country = vietnamese ? "vietnam" : "italy";
                var regionName = PlaceName(vietnamese) + " Region";
                var regionId = $"{Slug(regionName)}-{r + 1}";
                Place(regionId, regionName, "region", null, country);
                for (var c = 0; c < 4; c++)
                {
                    var cityName = PlaceName(vietnamese);
                    var cityId = $"{Slug(cityName)}-{r + 1}-{c + 1}";
                    Place(cityId, cityName, "city", regionId, country);
                    for (var v = 0; v < 2; v++)
                    {
                        var venueName = $"{cityName} {(v == 0 ? "Convention Centre" : "Government House")}";
                        Place($"{cityId}-venue-{v + 1}", venueName, "venue", cityId, country);
                    }
                }
            }

            w.WriteEndArray();

            void Place(string id, string name, string kind, string? parent, string country)
            {
                _places.Add((id, name, country));
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", name);
                w.WriteString("kind", kind);
                if (parent is null)
                {
                    w.WriteString("country", country);
                }
                else
                {
                    w.WriteString("parent", parent);
                }

                var plain = Plain(name);
                Aliases(w, plain == name ? System.Array.Empty<string>() : new[] { plain });
                w.WriteEndObject();
            }
        }

        private string PlaceName(bool vietnamese) => vietnamese
            ? $"{_random.Pick(VietnamesePlaceWords)} {_random.Pick(VietnamesePlaceWords)}"
            : _random.Pick(ItalianPlaceWords) + (_random.Next(3) == 0 ? " " + _random.Pick(ItalianPlaceWords) : "");

        private void WriteOrganizations(Utf8JsonWriter w)
        {
            var count = Math.Max(10, _events / 100);
            w.WritePropertyName("organizations");
            w.WriteStartArray();
            for (var i = 0; i < count; i++)
            {
                var vietnamese = i % 2 == 0;
                var kind = OrganizationKinds[i % OrganizationKinds.Length];
                var name = $"{(vietnamese ? "Vietnamese" : "Italian")} {kind} of {TopicAreas[i % TopicAreas.Length].ToLowerInvariant()} {i + 1}";
                var id = Slug(name);
                _organizations.Add(id);
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", name);
                w.WriteString("kind", kind);
                w.WriteString("country", vietnamese ? "vietnam" : "italy");
                if (i >= 10 && i % 5 == 0)
                {
                    w.WriteString("parent", _organizations[i % 10]);
                }

                Aliases(w, new[] { $"{(vietnamese ? "VN" : "IT")}-{kind.ToUpperInvariant()}-{i + 1}" });
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private void WritePeople(Utf8JsonWriter w)
        {
            var count = Math.Max(20, _events / 20);
            w.WritePropertyName("people");
            w.WriteStartArray();
            for (var i = 0; i < count; i++)
            {
                var vietnamese = i % 2 == 0;
                var name = vietnamese
                    ? $"{_random.Pick(VietnameseSurnames)} {_random.Pick(VietnameseMiddle)} {_random.Pick(VietnameseGiven)}"
                    : $"{_random.Pick(ItalianGiven)} {_random.Pick(ItalianSurnames)}";
                var id = $"{Slug(name)}-{i + 1}";
                var country = vietnamese ? "vietnam" : "italy";
                _people.Add((id, name, country));
                _names.Add(id, name);
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", name);
                w.WriteString("nationality", country);
                var plain = Plain(name);
                Aliases(w, plain == name ? System.Array.Empty<string>() : new[] { plain });
                var source = i % SourceCount;
                var quote = $"{name} of {(vietnamese ? "Vietnam" : "Italy")} was named delegate number {i + 1}";
                Evidence(w, source, quote);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private void WriteArticle(Utf8JsonWriter w, int source)
        {
            var first = source * EventsPerSource;
            var last = Math.Min(_events, first + EventsPerSource);
            var events = new List<(string Id, string[] Actors, string Day)>();
            w.WritePropertyName("events");
            w.WriteStartArray();
            for (var e = first; e < last; e++)
            {
                events.Add(WriteEvent(w, source, e, events));
            }

            w.WriteEndArray();

            w.WritePropertyName("statements");
            w.WriteStartArray();
            foreach (var (eventId, actors, day) in events.Where((_, i) => i % 4 == 0))
            {
                var speaker = actors[0];
                var kind = _random.Pick(StatementKinds);
                var topic = _random.Pick(_topics);
                var quote = $"At {eventId} on {day}, {Name(speaker)} made a {kind} about {topic.Replace('-', ' ')}";
                w.WriteStartObject();
                w.WriteString("id", $"st-{eventId}");
                w.WriteString("kind", kind);
                Strings(w, "speakers", new[] { speaker });
                Strings(w, "addressees", actors.Skip(1).Take(1).ToArray());
                w.WriteString("event", eventId);
                w.WriteString("summary", $"{Name(speaker)} {kind} on {topic.Replace('-', ' ')}.");
                Strings(w, "topics", new[] { topic });
                Evidence(w, source, quote);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            if (events.Count > 1)
            {
                var (eventId, actors, day) = events[events.Count / 2];
                var quote = $"On {day} the parties at {eventId} signed memorandum {source + 1}";
                w.WritePropertyName("agreements");
                w.WriteStartArray();
                w.WriteStartObject();
                w.WriteString("id", $"agreement-{source + 1}");
                w.WriteString("kind", "memorandum");
                w.WriteString("name", $"Memorandum of understanding {source + 1}");
                Strings(w, "parties", actors.Take(2).ToArray());
                w.WriteString("status", "signed");
                w.WriteString("event", eventId);
                Strings(w, "topics", new[] { _random.Pick(_topics) });
                Evidence(w, source, quote);
                w.WriteEndObject();
                w.WriteEndArray();

                var value = 1_000_000 + _random.Next(9_000_000);
                var figureQuote = $"Trade reported in bulletin {source + 1} reached {value.ToString(CultureInfo.InvariantCulture)} EUR";
                w.WritePropertyName("figures");
                w.WriteStartArray();
                w.WriteStartObject();
                w.WriteString("id", $"fig-trade-{source + 1}");
                w.WriteString("measure", "bilateral-trade");
                w.WriteString("description", "Vietnam–Italy trade");
                w.WriteNumber("value", value);
                w.WriteString("unit", "EUR");
                w.WriteString("comparator", "about");
                w.WriteString("period", (1990 + source % 35).ToString(CultureInfo.InvariantCulture));
                Strings(w, "subjects", new[] { "vietnam", "italy" });
                Evidence(w, source, figureQuote);
                w.WriteEndObject();
                w.WriteEndArray();

                w.WritePropertyName("claims");
                w.WriteStartArray();
                w.WriteStartObject();
                w.WriteString("id", $"claim-agreement-{source + 1}-name");
                w.WriteString("subject", $"agreement-{source + 1}");
                w.WriteString("property", "name");
                w.WriteString("value", $"Memorandum of understanding {source + 1}");
                w.WriteString("rank", "preferred");
                w.WriteString("note", "The bulletin names the memorandum once.");
                Evidence(w, source, quote);
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WritePropertyName("exclusions");
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("id", $"ex-{source + 1}-headline");
            w.WriteString("source", SourceId(source));
            w.WriteString("quote", _articleLines[source][0]);
            w.WriteString("category", "headline");
            w.WriteString("reason", "The headline repeats the facts below.");
            w.WriteEndObject();
            if (_aliasLines.TryGetValue(source, out var aliasLine))
            {
                w.WriteStartObject();
                w.WriteString("id", $"ex-{source + 1}-spellings");
                w.WriteString("source", SourceId(source));
                w.WriteString("quote", aliasLine);
                w.WriteString("category", "metadata");
                w.WriteString("reason", "The bulletin's list of spellings, recorded as aliases.");
                w.WriteEndObject();
            }
            w.WriteEndArray();

            if (source < _people.Count)
            {
                var (personId, personName, _) = _people[source];
                var organization = _organizations[source % _organizations.Count];
                var quote = $"{personName} serves as envoy for {organization.Replace('-', ' ')}";
                w.WritePropertyName("offices");
                w.WriteStartArray();
                w.WriteStartObject();
                w.WriteString("id", $"office-{personId}-envoy");
                w.WriteString("person", personId);
                w.WriteString("title", "Envoy");
                w.WriteString("organization", organization);
                Strings(w, "shownAt", events.Take(2).Select(e => e.Id).ToArray());
                Evidence(w, source, quote);
                w.WriteEndObject();
                w.WriteEndArray();
            }
        }

        private (string, string[], string) WriteEvent(Utf8JsonWriter w, int source, int index, List<(string Id, string[] Actors, string Day)> earlier)
        {
            var id = $"event-{index + 1:D6}";
            var kind = _random.Pick(EventKinds);
            var year = 1973 + _random.Next(53);
            var month = 1 + _random.Next(12);
            var day = 1 + _random.Next(28);
            var precision = _random.Next(20);
            var host = _random.Next(_people.Count);
            var guest = (host + 1 + _random.Next(_people.Count - 1)) % _people.Count;
            var actors = new List<string> { _people[host].Id, _people[guest].Id };
            if (_random.Next(3) == 0)
            {
                actors.Add(_random.Next(2) == 0 ? _random.Pick(_organizations) : _random.Pick(Countries).Id);
            }

            actors = actors.Distinct().ToList();
            var country = _random.Pick(Countries);
            var place = _random.Next(10) == 0 ? (Id: country.Id, Name: country.Name, Country: country.Id) : _random.Pick(_places);
            var dayText = $"{day} {Months[month - 1]} {year}";
            var quote = $"{Name(actors[0])} and {Name(actors[1])} held a {kind.Replace('-', ' ')} in {place.Name} on {dayText}, record {index + 1}";
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("kind", kind);
            w.WriteString("title", $"{char.ToUpperInvariant(kind[0])}{kind.Substring(1).Replace('-', ' ')} of {Name(actors[0])} and {Name(actors[1])} in {place.Name}");
            if (precision > 0)
            {
                w.WriteString("date", precision switch
                {
                    1 => year.ToString(CultureInfo.InvariantCulture),
                    2 => $"{year:D4}-{month:D2}",
                    _ => $"{year:D4}-{month:D2}-{day:D2}",
                });
                if (precision > 17)
                {
                    w.WriteString("endDate", $"{year:D4}-{month:D2}-{Math.Min(28, day + 1 + _random.Next(2)):D2}");
                }
            }
            else
            {
                w.WriteString("dateText", "on an unstated day");
            }

            w.WriteString("place", place.Id);
            w.WriteString("status", _random.Next(10) == 0 ? "planned" : "held");
            if (_random.Next(8) == 0)
            {
                w.WriteString("series", _random.Pick(_series));
                w.WriteNumber("ordinal", 1 + _random.Next(30));
            }

            // Sub-events (a meeting during a visit) chain onto an earlier event of the same article.
            if (earlier.Count > 0 && _random.Next(6) == 0)
            {
                w.WriteString("parent", earlier[earlier.Count - 1].Id);
            }

            w.WritePropertyName("participants");
            w.WriteStartArray();
            for (var a = 0; a < actors.Count; a++)
            {
                w.WriteStartObject();
                w.WriteString("actor", actors[a]);
                w.WriteString("role", a == 0 ? "host" : Roles[1 + _random.Next(Roles.Length - 1)]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "topics", Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => _random.Pick(_topics)).Distinct().ToArray());
            // Every code is directed, from the guest (actors[1]) to the host (actors[0]), as the seed compiler requires.
            var direction = (Source: new[] { actors[1] }, Target: new[] { actors[0] });
            w.WritePropertyName("cameo");
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("code", _random.Pick(Cameo));
            Strings(w, "source", direction.Source);
            Strings(w, "target", direction.Target);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WritePropertyName("plover");
            w.WriteStartArray();
            w.WriteStartObject();
            var plover = _random.Pick(PloverTypes);
            w.WriteString("type", plover);
            if (plover == "CONSULT")
            {
                w.WriteString("mode", "visit");
            }

            Strings(w, "source", direction.Source);
            Strings(w, "target", direction.Target);
            w.WriteEndObject();
            w.WriteEndArray();
            if (_random.Next(3) == 0)
            {
                w.WriteString("summary", $"The sides reviewed {_random.Pick(_topics).Replace('-', ' ')} and agreed to meet again.");
            }

            Evidence(w, source, quote);
            w.WriteEndObject();
            return (id, actors.ToArray(), dayText);
        }

        private void WriteSources(Utf8JsonWriter w)
        {
            w.WritePropertyName("sources");
            w.WriteStartArray();
            for (var s = 0; s < SourceCount; s++)
            {
                w.WriteStartObject();
                w.WriteString("id", SourceId(s));
                w.WriteString("file", $"sources/{s:D5}.txt");
                w.WriteString("title", _articleLines[s][0]);
                w.WriteString("outlet", s % 2 == 0 ? "Vietnam News Agency" : "Agenzia Nova");
                w.WriteString("published", $"{1973 + s % 53:D4}-{1 + s % 12:D2}-{1 + s % 28:D2}");
                w.WriteString("language", "en");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private string Name(string actorId) => _names.TryGetValue(actorId, out var name) ? name : actorId.Replace('-', ' ');

        /// <summary>Adds the quote as a line of the article, so that it is found there and the line is covered.</summary>
        private void Evidence(Utf8JsonWriter w, int source, string quote)
        {
            _articleLines[source].Add(quote + ".");
            w.WritePropertyName("evidence");
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("source", SourceId(source));
            w.WriteString("quote", quote);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        private static string SourceId(int source) => $"article-{source + 1:D5}";

        private void Aliases(Utf8JsonWriter w, IReadOnlyList<string> aliases)
        {
            _aliases.AddRange(aliases);
            Strings(w, "aliases", aliases);
        }

        /// <summary>Spreads the aliases over the bulletins, one line each, which <see cref="WriteArticle"/> excludes as metadata.</summary>
        private void PrintAliases()
        {
            var printed = new List<string>[SourceCount];
            for (var i = 0; i < _aliases.Count; i++)
            {
                (printed[i % SourceCount] ??= new List<string>()).Add(_aliases[i]);
            }

            for (var s = 0; s < SourceCount; s++)
            {
                if (printed[s] is { } aliases)
                {
                    _aliasLines[s] = $"Also written: {string.Join("; ", aliases)}.";
                    _articleLines[s].Add(_aliasLines[s]);
                }
            }
        }

        private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
        {
            if (values.Count == 0)
            {
                return;
            }

            w.WritePropertyName(name);
            w.WriteStartArray();
            foreach (var value in values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
        }

        private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
        {
            w.WritePropertyName(name);
            w.WriteStartArray();
            foreach (var item in items)
            {
                w.WriteStartObject();
                write(w, item);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        private static string Write(Action<Utf8JsonWriter> body)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                body(w);
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
        }
    }

    /// <summary>SplitMix64: tiny, fast, and the same on every runtime, unlike a framework generator.</summary>
    private sealed class Prng
    {
        private ulong _state;

        public Prng(ulong seed) => _state = seed;

        public int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }

        public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
    }
}
