using System.IO;

namespace DiplomacyData.Explorer;

/// <summary>Finds entities by any part of a name or alias, ignoring case and diacritics.</summary>
internal static class SearchCommand
{
    public static int Run(TextWriter output, string text)
    {
        var found = Dataset.Current.SearchNames(text);
        foreach (var entity in found)
        {
            output.WriteLine($"{entity.Kind,-13} {entity.Id,-45} {entity.Name}");
        }

        if (found.Count == 0)
        {
            output.WriteLine($"Nothing is called '{text}'.");
            return 1;
        }

        return 0;
    }
}
