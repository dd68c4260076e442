using System.Reflection;
using System.Runtime.Versioning;
using DiplomacyData;
using NetStandardLibrary;

// Runs a query through the netstandard2.0 library and checks, at run time, which build of each assembly
// was loaded: the library's own netstandard2.0 build, and the package's net8.0 build, which is the one
// marked trimmable and AOT-compatible. Exits with 1 on any difference.
var wrong = 0;

// article-001: the fourth dialogue "on July 3 ... in Italy"; article-000: the 5th dialogue, co-chaired "earlier the
// same day" as the meeting "in Hanoi on July 2", with no year: its place is inferred, its date only bounded (the first
// July 2 after the 4th dialogue, or a later one).
Check("Defence policy dialogue sessions", "4: 2023-07-03 at Italy; 5: not before 2024-07-02 at Hà Nội",
    string.Join("; ", SeriesSummary.Sessions(Series.DefencePolicyDialogue)));
Check("Library built for", ".NETStandard,Version=v2.0", TargetFrameworkOf(typeof(SeriesSummary).Assembly));
Check("DiplomacyData built for", ".NETCoreApp,Version=v8.0", TargetFrameworkOf(typeof(Dataset).Assembly));
Check("DiplomacyData marked trimmable", "True", MetadataOf(typeof(Dataset).Assembly, "IsTrimmable"));

return wrong == 0 ? 0 : 1;

void Check(string what, string expected, string actual)
{
    Console.WriteLine($"{what}: {actual}");
    if (actual != expected)
    {
        Console.Error.WriteLine($"WRONG: {what} should be \"{expected}\".");
        wrong++;
    }
}

static string TargetFrameworkOf(Assembly assembly) =>
    assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? "(none)";

static string MetadataOf(Assembly assembly, string key) =>
    assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value ?? "(none)";
