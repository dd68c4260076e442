using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyData.JsonBaseline;

// Plain data-transfer types mirroring the seed format, as a team shipping JSON would write them:
// references stay ids (strings) and are resolved through dictionaries. Partial so that the MemoryPack
// baseline can compile the very same classes with its own attributes (MemoryPackBaseline/MemoryPackRecords.cs).

public sealed partial class JsonDocumentRoot
{
    public List<JsonSource> Sources { get; set; } = new();
    public List<JsonTopic> Topics { get; set; } = new();
    public List<JsonSeries> Series { get; set; } = new();
    public List<JsonEntity> Countries { get; set; } = new();
    public List<JsonEntity> Places { get; set; } = new();
    public List<JsonEntity> Organizations { get; set; } = new();
    public List<JsonEntity> People { get; set; } = new();
    public List<JsonEvent> Events { get; set; } = new();
    public List<JsonOffice> Offices { get; set; } = new();
    public List<JsonAgreement> Agreements { get; set; } = new();
    public List<JsonStatement> Statements { get; set; } = new();
    public List<JsonFigure> Figures { get; set; } = new();
    public List<JsonClaim> Claims { get; set; } = new();
    public List<JsonExclusion> Exclusions { get; set; } = new();
}

public partial class JsonRecord
{
    public string Id { get; set; } = "";
    public List<JsonEvidence>? Evidence { get; set; }
    public string? Note { get; set; }
}

public sealed partial class JsonEvidence
{
    public string Source { get; set; } = "";
    public string Quote { get; set; } = "";
}

/// <summary>A date field: "2023", "2023-07", "2023-07-03", or an inferred or bounded date object (Value "" when only bounded).</summary>
[JsonConverter(typeof(JsonDateConverter))]
public sealed partial class JsonDate
{
    public string Value { get; set; } = "";
    public string? Earliest { get; set; }
    public string? Latest { get; set; }
    public string? Reason { get; set; }
    public List<string>? Basis { get; set; }
}

public sealed partial class JsonSource : JsonRecord
{
    public string File { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Author { get; set; }
    public JsonDate? Published { get; set; }
    public string Language { get; set; } = "";
}

public sealed partial class JsonTopic : JsonRecord
{
    public string Name { get; set; } = "";
    public string? Parent { get; set; }
}

public sealed partial class JsonSeries : JsonRecord
{
    public string Name { get; set; } = "";
}

/// <summary>Countries, places, organizations and people share one shape here.</summary>
public sealed partial class JsonEntity : JsonRecord
{
    public string Name { get; set; } = "";
    public string? Kind { get; set; }
    public string? Iso2 { get; set; }
    public string? Iso3 { get; set; }
    public string? Parent { get; set; }
    public string? Country { get; set; }
    public string? Nationality { get; set; }
    public List<string>? Aliases { get; set; }
}

public sealed partial class JsonParticipant
{
    public string Actor { get; set; } = "";
    public string Role { get; set; } = "";
}

public sealed partial class JsonPlover
{
    public string Type { get; set; } = "";
    public string? Mode { get; set; }
    public List<string>? Source { get; set; }
    public List<string>? Target { get; set; }
}

/// <summary>A CAMEO code with the actors it runs from and to, as the seeds write it.</summary>
public sealed partial class JsonCameo
{
    public string Code { get; set; } = "";
    public List<string>? Source { get; set; }
    public List<string>? Target { get; set; }
}

public sealed partial class JsonEvent : JsonRecord
{
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public JsonDate? Date { get; set; }
    public JsonDate? EndDate { get; set; }
    public string? DateText { get; set; }
    public string? Place { get; set; }
    public string Status { get; set; } = "";
    public string? Series { get; set; }
    public int? Ordinal { get; set; }
    public string? Parent { get; set; }
    public List<JsonParticipant>? Participants { get; set; }
    public List<string>? Topics { get; set; }
    public List<JsonCameo>? Cameo { get; set; }
    public List<JsonPlover>? Plover { get; set; }
    public string? ActorsNote { get; set; }
    public string? Summary { get; set; }
}

public sealed partial class JsonOffice : JsonRecord
{
    public string Person { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Organization { get; set; }
    public string? Rank { get; set; }
    public JsonDate? Start { get; set; }
    public JsonDate? End { get; set; }
    public List<string>? ShownAt { get; set; }
}

public sealed partial class JsonAgreement : JsonRecord
{
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string>? Parties { get; set; }
    public JsonDate? Date { get; set; }
    public JsonDate? Start { get; set; }
    public JsonDate? End { get; set; }
    public string Status { get; set; } = "";
    public string? Event { get; set; }
    public List<string>? Topics { get; set; }
}

public sealed partial class JsonStatement : JsonRecord
{
    public string Kind { get; set; } = "";
    public List<string>? Speakers { get; set; }
    public List<string>? Addressees { get; set; }
    public string? Event { get; set; }
    public JsonDate? Date { get; set; }
    public string Summary { get; set; } = "";
    public List<string>? Topics { get; set; }
}

public sealed partial class JsonFigure : JsonRecord
{
    public string Measure { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
    public string? Comparator { get; set; }
    public JsonDate? Period { get; set; }
    public string? PeriodText { get; set; }
    public JsonDate? ReportedOn { get; set; }
    public List<string>? Subjects { get; set; }
    public string? Event { get; set; }
    public List<string>? Topics { get; set; }
}

public sealed partial class JsonClaim : JsonRecord
{
    public string Subject { get; set; } = "";
    public string Property { get; set; } = "";
    public string Value { get; set; } = "";
    public JsonDate? ValueDate { get; set; }
    public string Rank { get; set; } = "";
}

public sealed partial class JsonExclusion : JsonRecord
{
    public string Source { get; set; } = "";
    public string Quote { get; set; } = "";
    public string Category { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class JsonDateConverter : JsonConverter<JsonDate>
{
    public override JsonDate Read(ref Utf8JsonReader reader, System.Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new JsonDate { Value = reader.GetString()! };
        }

        var date = new JsonDate();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "inferred": date.Value = reader.GetString()!; break;
                case "earliest": date.Earliest = reader.GetString(); break;
                case "latest": date.Latest = reader.GetString(); break;
                case "reason": date.Reason = reader.GetString(); break;
                case "basis":
                    date.Basis = new List<string>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        date.Basis.Add(reader.GetString()!);
                    }

                    break;
                default: reader.TrySkip(); break; // a converter's value is buffered whole, but not as a final block
            }
        }

        return date;
    }

    public override void Write(Utf8JsonWriter writer, JsonDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(JsonDocumentRoot))]
public sealed partial class BaselineJsonContext : JsonSerializerContext
{
}
