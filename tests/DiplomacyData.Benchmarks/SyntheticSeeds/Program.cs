using System;
using System.Globalization;
using DiplomacyData.Synthetic;

// synthetic-seeds generate <events> <seeds-dir>   writes a valid seeds folder with that many events
// synthetic-seeds merge <seeds-dir> <json-file>   writes every seed file's records as one JSON document
if (args.Length == 3 && args[0] == "generate")
{
    var files = SyntheticDataset.WriteTo(args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
    Console.WriteLine($"{files} files written to {args[2]}");
    return 0;
}

if (args.Length == 3 && args[0] == "merge")
{
    var records = SeedMerger.Merge(args[1], args[2]);
    Console.WriteLine($"{records} records written to {args[2]}");
    return 0;
}

Console.Error.WriteLine("usage: SyntheticSeeds generate <events> <seeds-dir> | merge <seeds-dir> <json-file>");
return 2;
