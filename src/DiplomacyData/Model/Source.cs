using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A news article the dataset is curated from.</summary>
public sealed class Source : Record
{
    private static readonly IReadOnlyList<Evidence> NoEvidence = ReadOnlyArray<Evidence>.Empty;

    internal Source(string id, string file, string title, string? outlet, string? author, PartialDate published, string language, string? note, string? contentHash)
    {
        IdCore = id;
        EvidenceCore = NoEvidence;
        NoteCore = note;
        FileName = file;
        Title = title;
        Outlet = outlet;
        Author = author;
        Published = published;
        Language = language;
        ContentHash = contentHash ?? "";
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Source;

    /// <summary>The article's file under <c>seeds/</c> in the repository (the package carries no full texts).</summary>
    public string FileName { get; }

    /// <summary>The headline as printed, or a description when the article has none.</summary>
    public string Title { get; }

    /// <summary>The outlet, when the article states it.</summary>
    public string? Outlet { get; }

    /// <summary>The author, when the article states it.</summary>
    public string? Author { get; }

    /// <summary>The publication date, at the precision the article gives (or inferred, with reasons).</summary>
    public PartialDate Published { get; }

    /// <summary>The language, as an IETF tag such as <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>SHA-256 of the article text the quotes were checked against (line endings made LF).</summary>
    public string ContentHash { get; }

    /// <summary>The article's title, and its outlet when the source names one: "Vietnam, Italy boost defence ties (VNA)".</summary>
    public override string ToString() => Outlet is null ? Title : $"{Title} ({Outlet})";
}
