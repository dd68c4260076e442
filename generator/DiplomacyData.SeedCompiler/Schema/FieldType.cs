namespace DiplomacyData.SeedCompiler.Schema;

/// <summary>The kinds of value a seed field can hold; each has one JSON form and one binary encoding.</summary>
internal enum FieldType
{
    /// <summary>A single-line string (names, codes, titles).</summary>
    String,

    /// <summary>Free text that may run over several lines (quotes, summaries, notes).</summary>
    Text,

    /// <summary>A whole number (an ordinal).</summary>
    Integer,

    /// <summary>A decimal number, kept exactly as written (a figure's value).</summary>
    Decimal,

    /// <summary>A partial date (YYYY, YYYY-MM or YYYY-MM-DD), or an inferred one with its reasoning.</summary>
    Date,

    /// <summary>One word from a closed list.</summary>
    Enum,

    /// <summary>The id of another record.</summary>
    Ref,

    /// <summary>A list of ids of other records.</summary>
    RefList,

    /// <summary>A list of strings (aliases, codes).</summary>
    StringList,

    /// <summary>A list of small objects (evidence, participants).</summary>
    ObjectList,
}
