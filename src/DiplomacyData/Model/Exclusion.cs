using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A sentence of a source that was deliberately not turned into a fact, and why.</summary>
public sealed class Exclusion : Record
{
    internal Exclusion(string id, Source source, string quote, ExclusionCategory category, string reason)
    {
        IdCore = id;
        EvidenceCore = new ReadOnlyArray<Evidence>(new[] { new Evidence(source, quote) });
        Source = source;
        Quote = quote;
        Category = category;
        Reason = reason;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Exclusion;

    /// <summary>The article the sentence is in.</summary>
    public Source Source { get; }

    /// <summary>
    /// The excluded sentence's opening words (at most eight), verbatim. The seed quotes the whole
    /// sentence and the build checks it against the article, but the package carries only its start,
    /// so that the quotes of all exclusions together do not reproduce the articles.
    /// </summary>
    public string Quote { get; }

    /// <summary>Off-topic, headline, caption...</summary>
    public ExclusionCategory Category { get; }

    /// <summary>Why the sentence is not a Vietnam–Italy fact.</summary>
    public string Reason { get; }

    /// <summary>The article, the sentence's opening words, and why it is left out: <c>article-000 "Hanoi, July 2 (VNA) ..." (byline): ...</c>.</summary>
    public override string ToString() => $"{Source.Id} \"{Quote} ...\" ({SeedWords.Of(Category)}): {Reason}";
}
