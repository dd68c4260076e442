namespace DiplomacyData.Querying;

/// <summary>
/// FNV-1a over UTF-16 code units: the hash the generator files ids and name keys under, and the one
/// a lookup computes. The generator compiles this very file, so the two can never disagree.
/// </summary>
internal static class KeyHash
{
    public const uint Seed = 2166136261;

    public static uint Add(uint hash, char c) => (hash ^ c) * 16777619;

    public static uint Of(string text)
    {
        var hash = Seed;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }
}
