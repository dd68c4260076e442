using DiplomacyData.SeedCompiler.Diagnostics;
using DiplomacyData.SeedCompiler.Infrastructure;

namespace DiplomacyData.SeedCompiler.Parsing;

internal enum SeedValueKind
{
    /// <summary>The field was not given.</summary>
    Absent,

    /// <summary>A string, number, enum word or id, kept as its text.</summary>
    Scalar,

    /// <summary>A date; <see cref="SeedValue.Items"/> holds the reason and basis when it was inferred.</summary>
    Date,

    List,

    /// <summary>An object; <see cref="SeedValue.Items"/> holds its fields in schema order.</summary>
    Object,
}

/// <summary>A checked field value, in schema order, with its position for later diagnostics.</summary>
internal sealed record SeedValue(SeedValueKind Kind, string? Text, EquatableArray<SeedValue> Items, SeedSpan Span)
{
    public static readonly SeedValue Absent = new(SeedValueKind.Absent, null, EquatableArray<SeedValue>.Empty, default(SeedSpan));

    /// <summary>Where the value stands in its seed file, or null for an absent field.</summary>
    public LocationInfo? Location => Span.ToLocationInfo();

    public bool IsAbsent => Kind == SeedValueKind.Absent;

    /// <summary>True for a date written as <c>{ "inferred": ... }</c>: its text is the date, its items the reason and basis.</summary>
    public bool IsInferredDate => Kind == SeedValueKind.Date && Text is not null && Items.Count > 0;

    /// <summary>
    /// True for a date written as <c>{ "earliest": ..., "latest": ... }</c>: it has no text, and its items
    /// are the reason, the basis, the earliest bound and the latest bound (either bound may be absent).
    /// </summary>
    public bool IsBoundedDate => Kind == SeedValueKind.Date && Text is null && Items.Count == 4;

    public static SeedValue Scalar(string text, SeedSpan span) => new(SeedValueKind.Scalar, text, EquatableArray<SeedValue>.Empty, span);
}
