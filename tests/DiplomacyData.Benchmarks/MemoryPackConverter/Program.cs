using System;
using System.IO;
using System.Text.Json;
using DiplomacyData.JsonBaseline;
using MemoryPack;

// MemoryPackConverter <merged json> <payload>: the JSON read with the baseline's own context, written by MemoryPack.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: MemoryPackConverter <merged-json-file> <memorypack-file>");
    return 2;
}

JsonDocumentRoot? data;
try
{
    using var input = File.OpenRead(args[0]);
    data = JsonSerializer.Deserialize(input, BaselineJsonContext.Default.JsonDocumentRoot);
}
catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Cannot read {args[0]}: {e.Message} Write it with `SyntheticSeeds merge <seeds> <file>`.");
    return 1;
}

if (data is null)
{
    Console.Error.WriteLine($"{args[0]} holds null, not a dataset. Write it with `SyntheticSeeds merge <seeds> <file>`.");
    return 1;
}

var bytes = MemoryPackSerializer.Serialize(data);
File.WriteAllBytes(args[1], bytes);
Console.WriteLine($"{data.Events.Count} events, {bytes.Length} bytes written to {args[1]}");
return 0;
