using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using DiplomacyData.JsonBaseline;

namespace DiplomacyData.TunedJsonBaseline;

/// <summary>
/// The embedded JSON read lazily: nothing is deserialized or indexed up front; each query scans only the
/// top-level arrays it needs with a <see cref="Utf8JsonReader"/> over the resource's bytes, and makes a
/// string only of what it answers with. This is the strongest plain System.Text.Json reader we could write
/// for the cold-start queries, against which the compiled library is measured.
/// </summary>
public sealed class TunedJsonDataset
{
    private static readonly Lazy<TunedJsonDataset> Loaded = new(() => new TunedJsonDataset());

    // The entity kinds FindByName searches, in the JSON baseline's order (which decides the first match).
    private static readonly string[] EntityArrays = { "countries", "places", "organizations", "people" };

    private readonly EmbeddedBytes _json = new(typeof(TunedJsonDataset).Assembly, "dataset.json");
    private Dictionary<string, (int Start, int Length)>? _arrays;

    public static TunedJsonDataset Current => Loaded.Value;

    /// <summary>The id of the first entity whose name or an alias folds (<see cref="NameFold"/>) to the name's fold, or null.</summary>
    public string? FindIdByName(string name)
    {
        var wanted = NameFold.Fold(name);
        foreach (var kind in EntityArrays)
        {
            var reader = new Utf8JsonReader(Array(kind));
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? id = null;
                var matches = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("id"u8))
                    {
                        reader.Read();
                        id = reader.GetString();
                    }
                    else if (reader.ValueTextEquals("name"u8))
                    {
                        reader.Read();
                        matches = matches || NameFold.Fold(reader.GetString()!) == wanted;
                    }
                    else if (reader.ValueTextEquals("aliases"u8))
                    {
                        reader.Read();
                        while (reader.Read() && reader.TokenType == JsonTokenType.String)
                        {
                            matches = matches || NameFold.Fold(reader.GetString()!) == wanted;
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (matches)
                {
                    return id;
                }
            }
        }

        return null;
    }

    /// <summary>How many events name the actor among their participants.</summary>
    public int CountEventsWith(string actorId)
    {
        var actor = Encoding.UTF8.GetBytes(actorId);
        var count = 0;
        var reader = new Utf8JsonReader(Array("events"));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var with = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("participants"u8))
                {
                    reader.Skip();
                    continue;
                }

                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var isActor = reader.ValueTextEquals("actor"u8);
                        reader.Read();
                        with |= isActor && reader.ValueTextEquals(actor);
                    }
                }
            }

            count += with ? 1 : 0;
        }

        return count;
    }

    /// <summary>Calls <paramref name="visit"/> once per event with the year of its date (0 if none), its topic ids and its number of participants.</summary>
    public void ScanEvents(Action<int, List<string>, int> visit)
    {
        var topics = new List<string>();
        var reader = new Utf8JsonReader(Array("events"));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var year = 0;
            var participants = 0;
            topics.Clear();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("date"u8))
                {
                    reader.Read();
                    year = reader.TokenType == JsonTokenType.String ? YearOf(ref reader) : InferredYear(ref reader);
                }
                else if (reader.ValueTextEquals("topics"u8))
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType == JsonTokenType.String)
                    {
                        topics.Add(reader.GetString()!);
                    }
                }
                else if (reader.ValueTextEquals("participants"u8))
                {
                    reader.Read();
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        participants++;
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            visit(year, topics, participants);
        }
    }

    private static int InferredYear(ref Utf8JsonReader reader)
    {
        var year = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("inferred"u8))
            {
                reader.Read();
                year = YearOf(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return year;
    }

    // Dates are ASCII digits and dashes, never escaped: the year is the number the value starts with.
    private static int YearOf(ref Utf8JsonReader reader) => Utf8Parser.TryParse(reader.ValueSpan, out int year, out _) ? year : 0;

    /// <summary>The bytes of one top-level array; the first call notes where each one starts, in one skipping pass.</summary>
    private ReadOnlySpan<byte> Array(string name)
    {
        var json = _json.Span;
        if (_arrays is null)
        {
            var arrays = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            var reader = new Utf8JsonReader(json);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                arrays[property] = (start, (int)reader.BytesConsumed - start);
            }

            _arrays = arrays;
        }

        return _arrays.TryGetValue(name, out var found) ? json.Slice(found.Start, found.Length) : "[]"u8;
    }
}
