using CsCheck;

namespace DiplomacyData.Generator.Tests.Fuzzing;

/// <summary>The ways the fuzz tests break a seed set, from curator slips to hostile edits.</summary>
internal enum MutationKind
{
    /// <summary>A property is removed (a required field, an id, a whole record kind).</summary>
    DeleteMember,

    /// <summary>A property is given twice in the same object.</summary>
    DuplicateMember,

    /// <summary>A property is added to an object: a field of another kind, or an unknown name, with any value.</summary>
    AddMember,

    /// <summary>A property is renamed: a misspelling, another field's name, or a strange name.</summary>
    RenameMember,

    /// <summary>The properties of an object are put in another order.</summary>
    ReorderMembers,

    /// <summary>A value is replaced by one of another type, or by an edge-case token.</summary>
    ReplaceValue,

    /// <summary>A string is replaced by hostile text, an id-like, date-like or enum-like word.</summary>
    ReplaceString,

    /// <summary>A number becomes another: zero, negative, fractional, huge, or written with an exponent.</summary>
    ReplaceNumber,

    /// <summary>A date becomes another (valid, impossible, malformed, or inferred), or gains its partner (an end for a start).</summary>
    ReplaceDate,

    /// <summary>A record's parent becomes itself or another record of its kind: often a cycle.</summary>
    Reparent,

    /// <summary>An id or a reference to one becomes a near miss, or another record's id.</summary>
    BreakReference,

    /// <summary>A reference names another record of the same kind: still valid, perhaps a cycle.</summary>
    RetargetReference,

    /// <summary>An array item (a record, a piece of evidence, an alias) is removed.</summary>
    DeleteItem,

    /// <summary>An array item is repeated (a record twice is a duplicate id).</summary>
    DuplicateItem,

    /// <summary>The items of an array are put in another order.</summary>
    ReorderItems,

    /// <summary>Two records exchange ids everywhere in the dataset, references included.</summary>
    SwapIds,

    /// <summary>One record gets a new id everywhere in the dataset, often one that is awkward as a C# name.</summary>
    RenameId,

    /// <summary>A file (seed or source text) is cut short.</summary>
    Truncate,

    /// <summary>Characters of a file are overwritten with noise.</summary>
    OverwriteChars,

    /// <summary>Noise is inserted into a file.</summary>
    InsertChars,

    /// <summary>A line of a file is removed.</summary>
    DeleteLine,

    /// <summary>A whole seed file or source text goes missing.</summary>
    DropFile,

    /// <summary>A statement's attribution is set or changed to any of its words, so its speakers may no longer fit it.</summary>
    Reattribute,
}

/// <summary>
/// One edit to the seed set. The numbers pick the file, the place in it and the replacement
/// (each taken modulo what is there), so any values CsCheck draws or shrinks to are meaningful.
/// </summary>
internal sealed record SeedMutation(MutationKind Kind, int File, int Target, int Choice, string Noise)
{
    private static readonly Gen<char> NoiseChar = Gen.Frequency(
        (4, Gen.Char['\0', '\u007F']),
        (2, Gen.Char["\"\\{}[],:\r\n\u0085\u2028\u2029\u202E\u200B\uFEFF"]),
        (3, Gen.Char['\u0080', '\uFFFF']));

    /// <summary>One mutation, uniformly of every kind.</summary>
    public static readonly Gen<SeedMutation> Generator = Gen.Select(
        Gen.Enum<MutationKind>(),
        Gen.Int[0, 1 << 10],
        Gen.Int[0, 1 << 20],
        Gen.Int[0, 1 << 10],
        Gen.String[NoiseChar, 1, 12],
        (kind, file, target, choice, noise) => new SeedMutation(kind, file, target, choice, noise));

    /// <summary>A fuzz case: one to three mutations applied in order.</summary>
    public static readonly Gen<SeedMutation[]> Cases = Generator.Array[1, 3];

    public override string ToString() => $"{Kind}(file {File}, target {Target}, choice {Choice}, noise {EditableJson.Quote(Noise)})";
}
