using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A country, with its ISO 3166 codes.</summary>
public sealed class Country : Entity
{
    internal Country(string id, string name, string iso2, string iso3, IReadOnlyList<string> aliases, IReadOnlyList<AliasSource> aliasSources, IReadOnlyList<Evidence> evidence, string? note)
        : base(id, name, aliases, aliasSources, evidence, note)
    {
        Iso2 = iso2;
        Iso3 = iso3;
    }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Country;

    /// <summary>The ISO 3166-1 alpha-2 code (<c>VN</c>).</summary>
    public string Iso2 { get; }

    /// <summary>The ISO 3166-1 alpha-3 code (<c>VNM</c>).</summary>
    public string Iso3 { get; }

    /// <summary>The country itself.</summary>
    public override Country HomeCountry => this;
}
