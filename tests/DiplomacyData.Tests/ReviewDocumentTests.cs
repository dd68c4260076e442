using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DiplomacyData.Testing;
using Xunit;

namespace DiplomacyData.Tests;

/// <summary>
/// Keeps seeds/REVIEW.md honest against the compiled data. The review names records in backticks; every name shaped
/// like a record id must be a record of <see cref="Dataset.Current"/>, unless the review lists it under a heading that
/// says "Removed", and then it must no longer exist. A review that cites a retired id as live, or a live id as
/// removed, fails here.
/// </summary>
public sealed class ReviewDocumentTests
{
    // The seed id rule (lower-case words joined by '-', starting with a letter); field names and codes are written without backticks.
    private static readonly Regex BacktickedId = new(@"`([a-z][a-z0-9]*(?:-[a-z0-9]+)*)`", RegexOptions.CultureInvariant);

    private static readonly Regex Heading = new(@"^(#+)\s+(.*)$", RegexOptions.CultureInvariant);

    private static ReviewNames Read()
    {
        var path = Path.Combine(Snapshot.RepositoryRoot(), "seeds", "REVIEW.md");
        var named = new SortedSet<string>(StringComparer.Ordinal);
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var removedLevel = 0; // heading level of the open "Removed" section, 0 when outside one

        foreach (var line in File.ReadAllLines(path))
        {
            var heading = Heading.Match(line);
            if (heading.Success)
            {
                var level = heading.Groups[1].Value.Length;
                if (removedLevel > 0 && level <= removedLevel)
                {
                    removedLevel = 0;
                }

                if (heading.Groups[2].Value.IndexOf("removed", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    removedLevel = level;
                }
            }

            foreach (Match match in BacktickedId.Matches(line))
            {
                var id = match.Groups[1].Value;
                named.Add(id);
                if (removedLevel > 0)
                {
                    removed.Add(id);
                }
            }
        }

        return new ReviewNames(named, removed);
    }

    [Fact]
    public void Every_id_the_review_names_exists_unless_it_is_listed_as_removed()
    {
        var review = Read();

        var missing = review.Named.Where(id => !review.Removed.Contains(id) && Dataset.Current.Find(id) is null).ToList();
        Assert.True(missing.Count == 0, "seeds/REVIEW.md names ids that are not in the dataset (list them under a 'Removed' heading if they were retired): " + string.Join(", ", missing));

        var stillThere = review.Removed.Where(id => Dataset.Current.Find(id) is not null).ToList();
        Assert.True(stillThere.Count == 0, "seeds/REVIEW.md lists as removed ids that still exist: " + string.Join(", ", stillThere));
    }

    [Fact]
    public void The_review_covers_every_source_and_lists_the_retired_records()
    {
        var review = Read();

        Assert.All(Dataset.Current.Sources, source => Assert.Contains(source.Id, review.Named));
        // The correction retired records (the noise-based claims, the fake bound claim, a duplicate office, a statement with an invented speaker).
        Assert.NotEmpty(review.Removed);
        Assert.Contains("claim-diplomatic-ties-50th-anniversary-2025", review.Removed);
    }

    private sealed record ReviewNames(SortedSet<string> Named, SortedSet<string> Removed);
}
