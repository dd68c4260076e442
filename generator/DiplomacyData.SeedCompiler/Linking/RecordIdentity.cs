using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Parsing;
using DiplomacyData.TableFormat;

namespace DiplomacyData.SeedCompiler.Linking;

/// <summary>Ids and names: one record per id across the whole dataset, and the C# name of each typed handle.</summary>
internal static class RecordIdentity
{
    private static readonly HashSet<string> MembersOfObject = new(StringComparer.Ordinal)
    {
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>Every record in file order, without the second of two that share an id (DD0005).</summary>
    public static List<SeedRecord> CollectUnique(List<SeedFile> files, LinkContext context)
    {
        var records = new List<SeedRecord>(files.Sum(f => f.Records.Count));
        foreach (var record in files.SelectMany(f => f.Records))
        {
            if (context.ById.TryGetValue(record.Id, out var first))
            {
                context.Report(SeedDiagnostics.DuplicateId, record.IdLocation, record.Id, first.Definition.Description, LinkContext.Describe(first.IdLocation));
                continue;
            }

            context.ById.Add(record.Id, record);
            records.Add(record);
        }

        return records;
    }

    /// <summary>
    /// The handle name of every record that gets one, by id. A kind with more records than
    /// <paramref name="maxHandlesPerClass"/> gets none (DD0024) and is added to <paramref name="classesWithoutHandles"/>;
    /// a name that collides is reported (DD0013) and left out.
    /// </summary>
    public static Dictionary<string, string> AssignHandleNames(List<SeedRecord> records, int maxHandlesPerClass, LinkContext context, List<string> classesWithoutHandles)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in records.Where(r => r.Definition.HandleClass is not null).GroupBy(r => r.Definition.HandleClass!))
        {
            var count = group.Count();
            if (count > maxHandlesPerClass)
            {
                var first = group.First();
                context.Report(SeedDiagnostics.HandlesLeftOut, first.IdLocation, group.Key, count.ToString("N0", CultureInfo.InvariantCulture), maxHandlesPerClass.ToString("N0", CultureInfo.InvariantCulture), first.Definition.ClrType);
                classesWithoutHandles.Add(group.Key);
                continue;
            }

            var taken = new Dictionary<string, SeedRecord>(StringComparer.Ordinal);
            foreach (var record in group)
            {
                var name = SeedNaming.ToPascal(record.Id);
                if (MembersOfObject.Contains(name) || name == group.Key)
                {
                    context.Report(SeedDiagnostics.HandleNameCollision, record.IdLocation, record.Id, $"{group.Key}.{name}", name == group.Key ? "is the name of its own class" : "is a member every .NET object already has");
                }
                else if (taken.TryGetValue(name, out var other))
                {
                    context.Report(SeedDiagnostics.HandleNameCollision, record.IdLocation, record.Id, $"{group.Key}.{name}", $"'{other.Id}' at {LinkContext.Describe(other.IdLocation)} becomes too");
                }
                else
                {
                    taken.Add(name, record);
                    names.Add(record.Id, name);
                }
            }
        }

        return names;
    }
}
