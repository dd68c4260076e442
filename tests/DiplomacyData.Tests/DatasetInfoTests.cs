using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DiplomacyData.Testing;
using Xunit;

namespace DiplomacyData.Tests;

public sealed class DatasetInfoTests
{
    private static readonly Dataset Data = Dataset.Current;

    [Fact]
    public void Counts_agree_with_the_record_lists()
    {
        Assert.Equal(Data.Events.Count, Data.Info.Counts[RecordKind.Event]);
        Assert.Equal(Data.People.Count, Data.Info.Counts[RecordKind.Person]);
        Assert.Equal(Data.All.Count, Data.Info.Counts.Values.Sum());
    }

    [Fact]
    public void Every_source_is_fully_accounted_for()
    {
        Assert.Equal(Data.Sources.Select(s => s.Id), Data.Info.Coverage.Select(c => c.SourceId));
        Assert.All(Data.Info.Coverage, c =>
        {
            Assert.Equal(0, c.Unaccounted);
            Assert.Equal(c.Sentences, c.Cited + c.Excluded);
        });
    }

    [Fact]
    public void Source_hashes_match_the_article_texts()
    {
        var root = Snapshot.RepositoryRoot();
        foreach (var source in Data.Sources)
        {
            var text = File.ReadAllText(Path.Combine(root, "seeds", source.FileName)).Replace("\r\n", "\n");
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            Assert.Equal(hash, source.ContentHash);
        }
    }

    [Fact]
    public void Release_version_is_the_package_version()
    {
        Assert.Equal(typeof(Dataset).Assembly.GetName().Version!.ToString(3), Data.Info.ReleaseVersion);
        Assert.Matches("^[0-9a-f]{64}$", Data.Info.SeedHash);
    }

    [Fact]
    public void Every_evidence_quote_is_in_its_source_text()
    {
        var root = Snapshot.RepositoryRoot();
        var texts = Data.Sources.ToDictionary(s => s, s => Fold(File.ReadAllText(Path.Combine(root, "seeds", s.FileName))));
        foreach (var evidence in Data.All.SelectMany(r => r.Evidence))
        {
            Assert.Contains(Fold(evidence.Quote), texts[evidence.Source]);
        }

        static string Fold(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
