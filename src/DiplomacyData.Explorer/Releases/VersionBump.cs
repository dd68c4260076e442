namespace DiplomacyData.Explorer.Releases;

/// <summary>Which part of the version a set of changes calls for, least to most (so the values compare).</summary>
internal enum VersionBump
{
    /// <summary>Nothing changed: the release may keep its version.</summary>
    None,

    /// <summary>Corrections to existing facts: a field's value changed, evidence was added or mended.</summary>
    Patch,

    /// <summary>New facts or new public API; code written against the previous release keeps compiling.</summary>
    Minor,

    /// <summary>A typed handle or other public API was removed or renamed: code may stop compiling.</summary>
    Major,
}
