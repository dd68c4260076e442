using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiplomacyData.Explorer.Export;

namespace DiplomacyData.Explorer.Arguments;

/// <summary>
/// Turns what a user typed after <c>--country</c>, <c>--person</c> or <c>--topic</c> into one record:
/// an id, or a name or alias (diacritics ignored, through <see cref="Dataset.FindByName"/>). When it
/// names nothing or several records, the error lists the candidates.
/// </summary>
internal static class RecordResolver
{
    public static bool TryEntity<T>(string text, out T? entity, out string error)
        where T : Entity
    {
        var data = Dataset.Current;
        var kind = KindOf<T>();
        entity = data.Find(text) as T;
        if (entity is not null)
        {
            error = "";
            return true;
        }

        var named = data.FindByName(text);
        var matches = named.OfType<T>().ToArray();
        if (matches.Length > 0)
        {
            return TryPick(text, kind, matches, out entity, out error);
        }

        var message = new StringBuilder($"No {Format.KindWords(kind)} has the id or name '{text}'.");
        if (named.Count > 0)
        {
            message.Append($" It names {string.Join(", ", named.Select(other => $"{Format.WithArticle(Format.KindWords(other.Kind))}, {Format.Label(other)}"))}.");
        }

        var all = data.All.OfType<T>().ToArray();
        var near = data.SearchNames(text).OfType<T>()
            .Concat(Nearest(text, all, e => new[] { e.Id, e.Name }.Concat(e.Aliases)))
            .Distinct()
            .Take(5)
            .ToArray();
        AppendCandidates(message, near, all, kind);
        error = message.ToString();
        return false;
    }

    /// <summary>
    /// A record of any kind: by id, else by the name or alias of an entity (diacritics ignored), else by a
    /// topic's name. A name that several records bear is an error that lists them.
    /// </summary>
    public static bool TryRecord(string text, out Record? record, out string error)
    {
        var data = Dataset.Current;
        record = data.Find(text);
        error = "";
        if (record is not null)
        {
            return true;
        }

        var named = data.FindByName(text);
        if (named.Count == 1)
        {
            record = named[0];
            return true;
        }

        if (named.Count > 1)
        {
            error = $"'{text}' names {named.Count} records: {Labels(named)}. Give one of these ids instead.";
            return false;
        }

        var key = TopicKey(text);
        var topics = data.Topics.Where(t => key.Length > 0 && TopicKey(t.Name) == key).ToArray();
        if (topics.Length > 0)
        {
            var picked = TryPick(text, RecordKind.Topic, topics, out var topic, out error);
            record = topic;
            return picked;
        }

        var near = SuggestRecords(text);
        error = $"No record has the id or name '{text}'." + (near.Count > 0 ? $" Did you mean: {Labels(near)}?" : " Try: search <name>.");
        return false;
    }

    /// <summary>A topic by id, or by name ignoring case, spaces and punctuation (topic names are plain English).</summary>
    public static bool TryTopic(string text, out Topic? topic, out string error)
    {
        var topics = Dataset.Current.Topics;
        var key = TopicKey(text);
        var matches = topics.Where(t => t.Id == text).ToArray();
        if (matches.Length == 0)
        {
            matches = topics.Where(t => TopicKey(t.Name) == key || TopicKey(t.Id) == key).ToArray();
        }

        if (matches.Length > 0)
        {
            return TryPick(text, RecordKind.Topic, matches, out topic, out error);
        }

        topic = null;

        var message = new StringBuilder($"No topic has the id or name '{text}'.");
        var near = topics
            .Where(t => key.Length > 0 && (TopicKey(t.Name).Contains(key, StringComparison.Ordinal) || TopicKey(t.Id).Contains(key, StringComparison.Ordinal)))
            .Concat(Nearest(text, topics, t => new[] { t.Id, t.Name }))
            .Distinct()
            .Take(5)
            .ToArray();
        AppendCandidates(message, near, topics.Where(t => t.Parent is null).ToArray(), RecordKind.Topic);
        error = message.ToString();
        return false;
    }

    /// <summary>The one record a name matched, or an error listing every match when it matched several.</summary>
    public static bool TryPick<T>(string text, RecordKind kind, IReadOnlyList<T> matches, out T? picked, out string error)
        where T : Record
    {
        if (matches.Count == 1)
        {
            picked = matches[0];
            error = "";
            return true;
        }

        picked = null;
        error = $"'{text}' names {matches.Count} {KindNames.PluralOf(kind)}: {Labels(matches)}. Give one of these ids instead.";
        return false;
    }

    /// <summary>Ids a user may have meant by <paramref name="text"/>: records it names, then ids close to it.</summary>
    public static IReadOnlyList<Record> SuggestRecords(string text)
    {
        var data = Dataset.Current;
        return data.FindByName(text).Cast<Record>()
            .Concat(data.SearchNames(text))
            .Concat(Nearest(text, data.All, r => new[] { r.Id }))
            .Distinct()
            .Take(5)
            .ToArray();
    }

    public static string Labels(IEnumerable<Record> records) => string.Join(", ", records.Select(Format.Label));

    private static void AppendCandidates(StringBuilder message, IReadOnlyList<Record> near, IReadOnlyList<Record> fallback, RecordKind kind)
    {
        if (near.Count > 0)
        {
            message.Append($" Did you mean: {Labels(near)}?");
        }
        else if (fallback.Count <= 12)
        {
            message.Append($" Known {KindNames.PluralOf(kind)}: {Labels(fallback)}.");
        }
        else
        {
            message.Append($" Try: search <name>.");
        }
    }

    private static IEnumerable<T> Nearest<T>(string text, IEnumerable<T> records, Func<T, IEnumerable<string>> names)
        where T : Record
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var name in names(record))
            {
                byName.TryAdd(name, record);
            }
        }

        return Suggestions.Nearest(text, byName.Keys, max: 10).Select(name => byName[name]);
    }

    private static RecordKind KindOf<T>()
        where T : Entity => typeof(T) == typeof(Country) ? RecordKind.Country
        : typeof(T) == typeof(Person) ? RecordKind.Person
        : typeof(T) == typeof(Place) ? RecordKind.Place
        : typeof(T) == typeof(Organization) ? RecordKind.Organization
        : throw new ArgumentException($"{typeof(T).Name} is not an entity kind the explorer resolves.");

    /// <summary>Lower-case letters and digits only, so "Defence industry", "defence-industry" and "DEFENCE INDUSTRY" meet.</summary>
    public static string TopicKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
