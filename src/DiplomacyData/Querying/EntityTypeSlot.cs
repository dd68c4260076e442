using System;

namespace DiplomacyData.Querying;

/// <summary>The number of concrete entity types, the length of a name entry's row of typed answers.</summary>
internal static class EntityTypeSlot
{
    public const int Count = 4;
}

/// <summary>
/// Where a name entry's answer filtered to <typeparamref name="T"/> is kept, worked out once per type, so
/// that a typed name lookup picks its answer without a dictionary or a type test per call.
/// </summary>
internal static class EntityTypeSlot<T>
    where T : Entity
{
    public static readonly int Index =
        typeof(T) == typeof(Person) ? 0
        : typeof(T) == typeof(Organization) ? 1
        : typeof(T) == typeof(Place) ? 2
        : typeof(T) == typeof(Country) ? 3
        : throw new NotSupportedException($"{typeof(T).Name} is not a concrete entity type; FindByName<Entity> needs no slot.");
}
