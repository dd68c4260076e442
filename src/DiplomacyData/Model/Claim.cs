using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// One source's answer to a question the sources disagree on (what the partnership is called, since
/// when). Every answer is kept with its evidence and ranked, as Wikidata ranks statements.
/// </summary>
public sealed class Claim : Record
{
    internal Claim(string id, Record subject, string property, string value, PartialDate valueDate, ClaimRank rank, string note, IReadOnlyList<Evidence> evidence)
    {
        IdCore = id;
        EvidenceCore = evidence;
        NoteCore = note;
        Subject = subject;
        Property = property;
        Value = value;
        ValueDate = valueDate;
        Rank = rank;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Claim;

    /// <summary>The record the claim is about.</summary>
    public Record Subject { get; }

    /// <summary>The property claimed (<c>name</c>, <c>established</c>).</summary>
    public string Property { get; }

    /// <summary>The claimed value, as text.</summary>
    public string Value { get; }

    /// <summary>The claimed value when it is a date.</summary>
    public PartialDate ValueDate { get; }

    /// <summary>Preferred, normal or deprecated; <see cref="Note"/> says why.</summary>
    public ClaimRank Rank { get; }

    /// <summary>Why the claim has its rank. Every claim's seed must give it, so unlike other records' notes it is never null.</summary>
    /// <remarks>Hides <see cref="Record.Note"/> only to drop the nullable annotation: both return the same text.</remarks>
    public new string Note => base.Note!;

    /// <summary>The subject, property and value.</summary>
    /// <returns>The rank spelt as in the seed files, such as <c>vietnam-italy-strategic-partnership name = … (preferred)</c>.</returns>
    public override string ToString() => $"{Subject.Id} {Property} = {Value} ({SeedWords.Of(Rank)})";
}
