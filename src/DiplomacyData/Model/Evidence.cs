namespace DiplomacyData;

/// <summary>A verbatim quote from a source article, checked against the article's text when the data was compiled.</summary>
public sealed class Evidence
{
    internal Evidence(Source source, string quote)
    {
        Source = source;
        Quote = quote;
    }

    /// <summary>The article the quote is taken from.</summary>
    public Source Source { get; }

    /// <summary>The quote, exactly as in the article (runs of whitespace aside).</summary>
    public string Quote { get; }

    /// <summary>The quote with its source id.</summary>
    /// <returns>Such as <c>article-001: "…"</c>.</returns>
    public override string ToString() => $"{Source.Id}: \"{Quote}\"";
}
