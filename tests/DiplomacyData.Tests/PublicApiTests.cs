using DiplomacyData.Testing;
using PublicApiGenerator;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>The public surface, typed handles included, compared with the approved one: a removed handle shows up in review.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        var api = typeof(Dataset).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = new[] { "System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute" } });
        Snapshot.Verify("PublicApi", "txt", api);
    }
}
