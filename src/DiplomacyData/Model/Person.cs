using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A person. Titles are not a property of the person: see <see cref="OfficeHeld"/>.</summary>
public sealed class Person : Entity
{
    internal Person(string id, string name, Country? nationality, IReadOnlyList<string> aliases, IReadOnlyList<AliasSource> aliasSources, IReadOnlyList<Evidence> evidence, string? note)
        : base(id, name, aliases, aliasSources, evidence, note)
    {
        Nationality = nationality;
    }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Person;

    /// <summary>The person's nationality, when a source makes it clear.</summary>
    public Country? Nationality { get; }

    /// <inheritdoc />
    public override Country? HomeCountry => Nationality;
}
