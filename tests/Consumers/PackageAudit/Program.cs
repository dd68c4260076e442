using PackageAudit;

// usage: PackageAudit <audit> <package.nupkg> <symbols.snupkg> <seeds directory>
// Runs one audit of the packed package and prints what it found; exit code 0 when it passes, 1 when it
// fails, 2 on bad arguments. run.sh runs each audit as a check of its own.
var audits = new Dictionary<string, Func<AuditInputs, AuditResult>>(StringComparer.Ordinal)
{
    ["no-full-text"] = NoFullTextAudit.Run,
    ["content-hashes"] = ContentHashAudit.Run,
    ["symbols"] = SymbolsAudit.Run,
};

if (args.Length != 4 || !audits.TryGetValue(args[0], out var audit))
{
    Console.Error.WriteLine($"usage: PackageAudit <{string.Join("|", audits.Keys)}> <package.nupkg> <symbols.snupkg> <seeds directory>");
    return 2;
}

foreach (var path in args.Skip(1))
{
    if (!File.Exists(path) && !Directory.Exists(path))
    {
        Console.Error.WriteLine($"PackageAudit: {path} does not exist.");
        return 2;
    }
}

var result = audit(new AuditInputs(PackageFiles.Read(args[1]), PackageFiles.Read(args[2]), args[3]));
foreach (var line in result.Findings)
{
    Console.WriteLine(line);
}

if (!result.Passed)
{
    Console.Error.WriteLine($"PackageAudit {args[0]}: failed.");
}

return result.Passed ? 0 : 1;
