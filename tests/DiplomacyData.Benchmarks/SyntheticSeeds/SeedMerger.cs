using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiplomacyData.Synthetic;

/// <summary>
/// Joins the records of every seed file into one JSON document, <c>{ "people": [...], "events": [...] }</c>:
/// the data as a team would ship it without a compiler, for the JSON baseline to embed.
/// </summary>
public static class SeedMerger
{
    public static int Merge(string seedsDirectory, string outputFile)
    {
        var merged = new SortedDictionary<string, JsonArray>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(seedsDirectory, "*.json", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(seedsDirectory, path).Replace('\\', '/').StartsWith("schema/", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal);
        var count = 0;
        foreach (var file in files)
        {
            var document = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            foreach (var (kind, records) in document)
            {
                if (kind.StartsWith('$') || records is not JsonArray array)
                {
                    continue;
                }

                if (!merged.TryGetValue(kind, out var target))
                {
                    merged[kind] = target = new JsonArray();
                }

                foreach (var record in array.ToList())
                {
                    array.Remove(record);
                    target.Add(record);
                    count++;
                }
            }
        }

        var root = new JsonObject();
        foreach (var (kind, records) in merged)
        {
            root[kind] = records;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputFile))!);
        File.WriteAllText(outputFile, root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return count;
    }
}
