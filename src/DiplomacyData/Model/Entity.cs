using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A named thing that can take part in events: a person, organization, country or place.</summary>
public abstract class Entity : Record
{
    private protected Entity(string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<AliasSource> aliasSources, IReadOnlyList<Evidence> evidence, string? note)
    {
        IdCore = id;
        EvidenceCore = evidence;
        NoteCore = note;
        Name = name;
        Aliases = aliases;
        AliasSources = aliasSources;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <summary>The canonical name, in its native spelling where a source gives it.</summary>
    public string Name { get; }

    /// <summary>Every other spelling seen in the sources.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>
    /// Which sources use which alias: one entry per alias and source whose article contains it, aliases in the
    /// order of <see cref="Aliases"/>, sources in dataset order. An alias no article contains has no entry (the
    /// build warns about it, DD0029). The build finds them: the alias's characters as written (case and
    /// diacritics count), any run of whitespace matching any other, as whole words. Containing the words is
    /// not referring to this entity: <c>Xuan</c> is found in an article that names only Hoang Xuan Chien.
    /// </summary>
    /// <example>
    /// The sources that spell Hà Nội "Hanoi":
    /// <code>Places.Hanoi.AliasSources.Where(use => use.Alias == "Hanoi").Select(use => use.Source)</code>
    /// </example>
    public IReadOnlyList<AliasSource> AliasSources { get; }

    /// <summary>The country this entity belongs to: a person's nationality, an organization's or place's country, or the country itself.</summary>
    public abstract Country? HomeCountry { get; }

    /// <summary>The name, for display.</summary>
    /// <returns>The canonical name.</returns>
    public override string ToString() => Name;
}
