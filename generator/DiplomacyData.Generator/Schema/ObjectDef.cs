using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.Generator.Schema;

/// <summary>The shape of a JSON object in a seed file: a record kind, or an item such as a piece of evidence.</summary>
internal class ObjectDef
{
    public ObjectDef(string description, string clrType, params FieldDef[] fields)
    {
        Description = description;
        ClrType = clrType;
        Fields = fields;
    }

    /// <summary>How a curator would call it in a message ("a person", "a piece of evidence").</summary>
    public string Description { get; }

    /// <summary>The runtime type the object is read into.</summary>
    public string ClrType { get; }

    public IReadOnlyList<FieldDef> Fields { get; }

    public FieldDef? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public string FieldNames => string.Join(", ", Fields.Where(f => !f.IsComputed).Select(f => f.Name));
}
