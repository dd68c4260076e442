using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>A city, region or other place inside a country (Milan in Lombardy in Italy).</summary>
public sealed class Place : Entity
{
    private readonly Country? _country;

    internal Place(string id, string name, PlaceKind kind, Place? parent, Country? country, IReadOnlyList<string> aliases, IReadOnlyList<AliasSource> aliasSources, IReadOnlyList<Evidence> evidence, string? note)
        : base(id, name, aliases, aliasSources, evidence, note)
    {
        PlaceKind = kind;
        Parent = parent;
        _country = country;
    }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Place;

    /// <summary>Whether this is a city, region, venue...</summary>
    public PlaceKind PlaceKind { get; }

    /// <summary>The place this one lies in, or null when it lies directly in its country.</summary>
    public Place? Parent { get; }

    /// <summary>The places that lie directly in this one (a city of a region), in dataset order: the places whose <see cref="Parent"/> is this one.</summary>
    public IReadOnlyList<Place> Children => Dataset.Current.ChildrenOf(this);

    /// <summary>The country, taken from the nearest place up the chain that names one.</summary>
    /// <remarks>Never null: the build requires every place to give a parent or a country (DD0003), and a parent is a place too.</remarks>
    public Country Country => _country ?? Parent!.Country;

    /// <summary>The place's <see cref="Country"/>; never null.</summary>
    public override Country HomeCountry => Country;

    /// <summary>True when this place is <paramref name="place"/> or lies inside it.</summary>
    /// <param name="place">A possibly larger place.</param>
    /// <returns>Whether this place lies within <paramref name="place"/>.</returns>
    public bool IsWithin(Place place)
    {
        for (Place? current = this; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, place))
            {
                return true;
            }
        }

        return false;
    }
}
