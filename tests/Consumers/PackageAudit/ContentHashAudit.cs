using System.Security.Cryptography;
using System.Text;
using DiplomacyData;

namespace PackageAudit;

/// <summary>
/// The package names each article by its SHA-256 instead of carrying it: every Source's ContentHash must
/// be the hash of the repository's copy (UTF-8, line endings made LF, as the generator hashes it), and
/// every article in seeds/sources must be one of the package's sources.
/// </summary>
internal static class ContentHashAudit
{
    public static AuditResult Run(AuditInputs inputs)
    {
        var findings = new List<string>();
        var passed = true;
        foreach (var source in Dataset.Current.Sources)
        {
            var path = Path.Combine(inputs.SeedsDirectory, source.FileName);
            if (!File.Exists(path))
            {
                findings.Add($"FAIL: {source.Id} names {source.FileName}, which is not in {inputs.SeedsDirectory}.");
                passed = false;
                continue;
            }

            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            var same = hash == source.ContentHash;
            passed &= same;
            findings.Add(same
                ? $"pass: {source.Id} ({source.FileName}) has SHA-256 {hash}"
                : $"FAIL: {source.Id} ({source.FileName}) has SHA-256 {hash}, but the package says {source.ContentHash}");
        }

        var named = Dataset.Current.Sources.Select(s => Path.GetFullPath(Path.Combine(inputs.SeedsDirectory, s.FileName))).ToHashSet(StringComparer.Ordinal);
        foreach (var article in Directory.GetFiles(Path.Combine(inputs.SeedsDirectory, "sources"), "*.txt").Order(StringComparer.Ordinal))
        {
            if (!named.Contains(Path.GetFullPath(article)))
            {
                findings.Add($"FAIL: {Path.GetFileName(article)} is in seeds/sources but no source of the package names it.");
                passed = false;
            }
        }

        return new AuditResult(passed, findings);
    }
}
