using System;
using System.Collections.Generic;
using System.Linq;

namespace DiplomacyData.SeedCompiler.Schema;

/// <summary>The shape of a JSON object in a seed file: a record kind, or an item such as a piece of evidence.</summary>
internal class ObjectDef
{
    /// <summary>The parser marks the fields an object has given in one 64-bit mask.</summary>
    public const int MaxFields = 64;

    private readonly Dictionary<string, int> _indexOf = new(StringComparer.Ordinal);

    public ObjectDef(string description, string clrType, params FieldDef[] fields)
    {
        if (fields.Length > MaxFields)
        {
            throw new ArgumentException($"{description} has {fields.Length} fields; the parser handles at most {MaxFields}", nameof(fields));
        }

        Description = description;
        ClrType = clrType;
        Fields = fields;
        for (var i = 0; i < fields.Length; i++)
        {
            _indexOf.Add(fields[i].Name, i);
        }
    }

    /// <summary>How a curator would call it in a message ("a person", "a piece of evidence").</summary>
    public string Description { get; }

    /// <summary>The runtime type the object is read into.</summary>
    public string ClrType { get; }

    public IReadOnlyList<FieldDef> Fields { get; }

    public FieldDef? Field(string name) => IndexOf(name) is var index and >= 0 ? Fields[index] : null;

    /// <summary>The position of the field of this name in <see cref="Fields"/> (and in a record's values), or -1.</summary>
    public int IndexOf(string name) => _indexOf.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The position of the field a seed file may write under this name, or -1 (unknown, or computed).</summary>
    public int IndexOfWritable(string name) => IndexOf(name) is var index and >= 0 && !Fields[index].IsComputed ? index : -1;

    /// <summary>The names a seed file may write, in schema order (every field but the computed ones).</summary>
    public IEnumerable<string> WritableFieldNames => Fields.Where(f => !f.IsComputed).Select(f => f.Name);

    public string FieldNames => string.Join(", ", WritableFieldNames);
}
