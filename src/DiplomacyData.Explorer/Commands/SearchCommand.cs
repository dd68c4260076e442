using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using DiplomacyData.Explorer.Arguments;

namespace DiplomacyData.Explorer.Commands;

/// <summary><c>search</c>: people, places, organizations and countries by any part of a name or alias, and topics by name.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text")
        {
            Description = "Part of a name or alias. Case, diacritics, spaces and punctuation are ignored: \"ha noi\", \"Hà Nội\" and \"hanoi\" find the same city.",
        };
        text.Validators.Add(result =>
        {
            if (!result.Tokens[^1].Value.Any(char.IsLetterOrDigit))
            {
                result.AddError("Give part of a name to search for: at least one letter or digit.");
            }
        });

        var command = new Command("search", "Find people, organizations, places and countries whose name or alias contains the text, and topics whose name does; prints kind, id and name, so the id can go to show or timeline.")
        {
            text,
        };
        command.SetAction(parse => Write(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(text)!));
        return command;
    }

    public static int Write(TextWriter output, TextWriter error, string text)
    {
        var data = Dataset.Current;
        var entities = data.SearchNames(text);
        foreach (var entity in entities)
        {
            var aliases = entity.Aliases.Count == 0 ? "" : $"  (also: {string.Join(", ", entity.Aliases)})";
            output.WriteLine($"{Format.KindWords(entity.Kind),-13} {entity.Id,-45} {entity.Name}{aliases}");
        }

        var key = RecordResolver.TopicKey(text);
        var topics = data.Topics
            .Where(t => RecordResolver.TopicKey(t.Name).Contains(key, StringComparison.Ordinal))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToArray();
        foreach (var topic in topics)
        {
            output.WriteLine($"{"topic",-13} {topic.Id,-45} {topic.Path}");
        }

        if (entities.Count + topics.Length == 0)
        {
            error.WriteLine($"Nothing is called '{text}'. Search ignores case, diacritics and spaces; try a shorter part of the name.");
            return ExitCodes.NoResult;
        }

        return ExitCodes.Success;
    }
}
