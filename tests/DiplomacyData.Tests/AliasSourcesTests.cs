using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DiplomacyData.Testing;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// Entity.AliasSources is computed at build time from the articles; here it is recomputed from the same
/// article files with a regular expression (the alias's characters, any whitespace for any whitespace, whole words).
/// </summary>
public sealed class AliasSourcesTests
{
    private static readonly Dataset Data = Dataset.Current;

    private static readonly IReadOnlyDictionary<Source, string> Articles = Data.Sources.ToDictionary(
        source => source,
        source => File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), "seeds", source.FileName)));

    public static TheoryData<string> EntitiesWithAliases()
    {
        var data = new TheoryData<string>();
        foreach (var entity in Data.All.OfType<Entity>().Where(e => e.Aliases.Count > 0))
        {
            data.Add(entity.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EntitiesWithAliases))]
    public void Each_alias_lists_exactly_the_sources_whose_article_has_it_as_whole_words(string id)
    {
        var entity = Data.Find<Entity>(id)!;
        var expected = entity.Aliases.Distinct(StringComparer.Ordinal)
            .SelectMany(alias => Data.Sources.Where(source => Uses(Articles[source], alias)).Select(source => $"{alias}: {source.Id}"));

        Assert.Equal(expected, entity.AliasSources.Select(use => use.ToString()));
    }

    [Fact]
    public void Every_alias_of_the_real_seeds_is_in_some_article()
    {
        var entities = Data.All.OfType<Entity>().Where(e => e.Aliases.Count > 0).ToArray();
        Assert.NotEmpty(entities);
        Assert.All(entities, e => Assert.Equal(e.Aliases.Distinct(StringComparer.Ordinal), e.AliasSources.Select(use => use.Alias).Distinct(StringComparer.Ordinal)));
    }

    [Fact]
    public void Spellings_are_told_apart_and_words_are_not_matched_inside_others()
    {
        // article-003 writes "Võ Thị Ánh Xuân"; articles 000 and 001 only "Hoang Xuan Chien": the search counts
        // diacritics, and finds words, not what they refer to, as Entity.AliasSources says.
        var xuan = People.VoThiAnhXuan.AliasSources;
        Assert.Equal(new[] { "article-003" }, xuan.Where(use => use.Alias == "Xuân").Select(use => use.Source.Id));
        Assert.Contains(xuan, use => use.Alias == "Xuan" && use.Source.Id == "article-000");
        Assert.DoesNotContain(xuan, use => use.Alias == "Xuan" && use.Source.Id == "article-003");

        // "UN" is in article-001 as a word; no article's "Union", "June" or "UNESCO" counts.
        Assert.All(Organizations.UnitedNations.AliasSources, use => Assert.Matches(@"(?<![\p{L}\p{Nd}])UN(?![\p{L}\p{Nd}])", Articles[use.Source]));
    }

    private static bool Uses(string article, string alias)
    {
        var pattern = string.Join(@"\s+", alias.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return Regex.IsMatch(article, @"(?<![\p{L}\p{Nd}])" + pattern + @"(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant);
    }
}
