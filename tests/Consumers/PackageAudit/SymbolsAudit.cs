using System.Text.RegularExpressions;

namespace PackageAudit;

/// <summary>
/// The .snupkg serves the debugger: for each target framework it must hold the PDB of the very assembly in
/// the .nupkg, with the generator's output (typed handles, decoder, byte table) embedded, since those files
/// exist nowhere else. Source Link must be there exactly when the package names a repository, and a CI build
/// must not carry the building machine's paths.
/// </summary>
internal static partial class SymbolsAudit
{
    public static AuditResult Run(AuditInputs inputs)
    {
        var findings = new List<string>();
        var passed = true;
        var assemblies = inputs.Package.Keys.Where(k => k.StartsWith("lib/", StringComparison.Ordinal) && k.EndsWith("/DiplomacyData.dll", StringComparison.Ordinal)).ToList();
        if (assemblies.Count == 0)
        {
            return new AuditResult(false, ["FAIL: the package has no lib/*/DiplomacyData.dll"]);
        }

        var repository = RepositoryUrl().Match(System.Text.Encoding.UTF8.GetString(inputs.Package["DiplomacyData.nuspec"]));
        foreach (var assembly in assemblies)
        {
            var pdbName = Path.ChangeExtension(assembly, ".pdb");
            if (!inputs.Symbols.TryGetValue(pdbName, out var pdb))
            {
                findings.Add($"FAIL: the symbols package has no {pdbName}");
                passed = false;
                continue;
            }

            if (!PortablePdb.Matches(pdb, inputs.Package[assembly]))
            {
                findings.Add($"FAIL: {pdbName} is not the PDB of {assembly} (their ids differ)");
                passed = false;
            }

            var documents = PortablePdb.Documents(pdb);
            var generated = documents.Where(d => d.Name.Replace('\\', '/').Contains("/DiplomacyData.Generator.SeedGenerator/", StringComparison.Ordinal)).ToList();
            var handles = generated.FirstOrDefault(d => d.Name.EndsWith("Handles.People.g.cs", StringComparison.Ordinal));
            var stepInto = handles?.EmbeddedText?.Contains("public static Person PhanVanGiang =>", StringComparison.Ordinal) == true;
            var allEmbedded = generated.Count > 0 && generated.All(d => d.EmbeddedText is not null);
            passed &= stepInto && allEmbedded;
            findings.Add(stepInto && allEmbedded
                ? $"pass: {pdbName} matches {assembly} and embeds all {generated.Count} generated sources (People.PhanVanGiang is in {Path.GetFileName(handles!.Name)}); {documents.Count} documents in all"
                : $"FAIL: {pdbName} does not embed the generated sources a debugger needs ({generated.Count(d => d.EmbeddedText is not null)} of {generated.Count} embedded; People.PhanVanGiang {(stepInto ? "found" : "not found")})");

            // A CI build (ContinuousIntegrationBuild) maps the clone's folder to /_/, so the package is the same
            // whichever folder built it; a build by hand keeps the machine's paths, which is fine for local use.
            var local = documents.Where(d => !d.Name.StartsWith("/_/", StringComparison.Ordinal)).ToList();
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                passed &= local.Count == 0;
                findings.Add(local.Count == 0
                    ? $"pass: CI build: every document of {pdbName} has a path under /_/, none of the building machine's"
                    : $"FAIL: CI build, yet {local.Count} documents of {pdbName} keep the building machine's path (first: {local[0].Name}); was the assembly built without CI=true and not rebuilt?");
            }

            var sourceLink = PortablePdb.SourceLink(pdb);
            var consistent = repository.Success == (sourceLink is not null);
            passed &= consistent;
            findings.Add((consistent ? "pass: " : "FAIL: ") + (repository.Success
                ? $"the package names repository {repository.Groups[1].Value}; {pdbName} {(sourceLink is null ? "has no Source Link" : "maps its sources with Source Link: " + sourceLink)}"
                : $"the package names no repository (the clone has no web remote); {pdbName} {(sourceLink is null ? "has no Source Link either" : "has Source Link all the same: " + sourceLink)}"));
        }

        return new AuditResult(passed, findings);
    }

    [GeneratedRegex("<repository [^>]*url=\"([^\"]+)\"")]
    private static partial Regex RepositoryUrl();
}
