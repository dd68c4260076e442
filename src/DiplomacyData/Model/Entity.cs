using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A named thing that can take part in events: a person, organization, country or place.</summary>
public abstract class Entity : Record
{
    private protected Entity(string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<Evidence> evidence, string? note)
        : base(id, evidence, note)
    {
        Name = name;
        Aliases = aliases;
    }

    /// <summary>The canonical name, in its native spelling where a source gives it.</summary>
    public string Name { get; }

    /// <summary>Every other spelling seen in the sources.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The country this entity belongs to: a person's nationality, an organization's or place's country, or the country itself.</summary>
    public abstract Country? HomeCountry { get; }

    /// <summary>The name, for display.</summary>
    /// <returns>The canonical name.</returns>
    public override string ToString() => Name;
}
