namespace DiplomacyData;

/// <summary>How completely one source is accounted for: every sentence is cited by a fact or excluded with a reason.</summary>
public sealed class SourceCoverage
{
    internal SourceCoverage(string sourceId, int sentences, int cited, int excluded, int unaccounted)
    {
        SourceId = sourceId;
        Sentences = sentences;
        Cited = cited;
        Excluded = excluded;
        Unaccounted = unaccounted;
    }

    /// <summary>The source's id.</summary>
    public string SourceId { get; }

    /// <summary>How many sentences the source has.</summary>
    public int Sentences { get; }

    /// <summary>Sentences quoted as evidence by at least one fact.</summary>
    public int Cited { get; }

    /// <summary>Sentences listed as excluded, with a reason.</summary>
    public int Excluded { get; }

    /// <summary>Sentences neither cited nor excluded (the build warns about each).</summary>
    public int Unaccounted { get; }

    /// <summary>The share of sentences accounted for, from 0 to 1.</summary>
    public double Ratio => Sentences == 0 ? 1 : (Cited + Excluded) / (double)Sentences;

    /// <summary>The figures in one line.</summary>
    /// <returns>Such as <c>article-001: 10 sentences, 8 cited, 2 excluded, 0 unaccounted</c>.</returns>
    public override string ToString() => $"{SourceId}: {Sentences} sentences, {Cited} cited, {Excluded} excluded, {Unaccounted} unaccounted";
}
