
namespace DiplomacyData.Generator;

/// <summary>Names of the pipeline steps, so tests can check which ones re-ran.</summary>
internal static class TrackingNames
{
    public const string Settings = nameof(Settings);
    public const string SeedFiles = nameof(SeedFiles);
    public const string ParsedSeeds = nameof(ParsedSeeds);
    public const string SourceDocuments = nameof(SourceDocuments);
    public const string ReadDocuments = nameof(ReadDocuments);
    public const string Link = nameof(Link);
    public const string Model = nameof(Model);
    public const string LinkDiagnostics = nameof(LinkDiagnostics);
}
