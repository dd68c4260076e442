using System;
using DiplomacyData.SeedCompiler.Diagnostics;

namespace DiplomacyData.SeedCompiler.Json;

/// <summary>
/// A seed file that is not well-formed JSON, located for the curator. Thrown out of the parse, which
/// then keeps nothing of the file but this one error (DD0001): a half-read file is not a dataset.
/// </summary>
internal sealed class MalformedJsonException : Exception
{
    public MalformedJsonException(LocationInfo location, string message)
        : base(message)
    {
        Location = location;
    }

    public LocationInfo Location { get; }
}
