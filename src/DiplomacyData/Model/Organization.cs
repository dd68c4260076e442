using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A ministry, parliament, regional government, party, association, agency or international body.</summary>
public sealed class Organization : Entity
{
    internal Organization(string id, string name, OrganizationKind kind, Country? country, Organization? parent, IReadOnlyList<string> aliases, IReadOnlyList<AliasSource> aliasSources, IReadOnlyList<Evidence> evidence, string? note)
        : base(id, name, aliases, aliasSources, evidence, note)
    {
        OrganizationKind = kind;
        Country = country;
        Parent = parent;
    }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Organization;

    /// <summary>What sort of organization this is.</summary>
    public OrganizationKind OrganizationKind { get; }

    /// <summary>The country it belongs to; null for international bodies.</summary>
    public Country? Country { get; }

    /// <summary>The organization it is part of, when a source says so.</summary>
    public Organization? Parent { get; }

    /// <summary>The organizations directly under this one (a ministry's departments), in dataset order: the organizations whose <see cref="Parent"/> is this one.</summary>
    public IReadOnlyList<Organization> Children => Dataset.Current.ChildrenOf(this);

    /// <inheritdoc />
    public override Country? HomeCountry => Country;
}
