using Microsoft.CodeAnalysis;

namespace DiplomacyData.Generator;

/// <summary>
/// Every diagnostic the seed compiler reports. Ids are permanent (see AnalyzerReleases.*.md);
/// messages say what is wrong and how to fix it, and the location points into the seed file.
/// Diagnostics.md beside this file documents each one with a bad and a fixed seed (a test keeps
/// the two in step).
/// </summary>
internal static class Diagnostics
{
    private const string Category = "DiplomacyData.Seeds";

    public static readonly DiagnosticDescriptor MalformedJson = Error("DD0001", "Malformed seed JSON",
        "The seed file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UnknownProperty = Error("DD0002", "Unknown property",
        "'{0}' is not a property of {1}; {2}");

    public static readonly DiagnosticDescriptor MissingRequired = Error("DD0003", "Missing required field",
        "{0} needs the field '{1}'; add it (see seeds/README.md)");

    public static readonly DiagnosticDescriptor WrongType = Error("DD0004", "Wrong value type",
        "'{0}' must be {1}, not {2}");

    public static readonly DiagnosticDescriptor DuplicateId = Error("DD0005", "Duplicate id",
        "The id '{0}' is already used by {1} at {2}; ids are unique across the whole dataset, so choose another");

    public static readonly DiagnosticDescriptor UnknownReference = Error("DD0006", "Reference to an unknown id",
        "'{0}' is not the id of {1}{2}");

    public static readonly DiagnosticDescriptor QuoteNotFound = Error("DD0007", "Quote not found in its source",
        "The quote is not in {0} (only whitespace may differ from the article); the closest passage is \"{1}\"");

    public static readonly DiagnosticDescriptor InvalidDate = Error("DD0008", "Malformed or impossible date",
        "'{0}' is not a date: {1}; write YYYY, YYYY-MM or YYYY-MM-DD");

    public static readonly DiagnosticDescriptor DateContradiction = Error("DD0009", "Contradictory dates",
        "{0}");

    public static readonly DiagnosticDescriptor HierarchyCycle = Error("DD0010", "Cycle in a hierarchy",
        "'{0}' is its own ancestor through {1}; a parent chain must end at a record without a parent");

    public static readonly DiagnosticDescriptor UnaccountedSentence = new("DD0011", "Sentence neither cited nor excluded",
        "Sentence {0} of {1} is neither cited by a fact nor listed under exclusions: \"{2}\"", Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvisibleCharacter = Error("DD0012", "Invisible or bidirectional control character",
        "The text contains the invisible or bidirectional control character U+{0:X4} ({1}), which can make the text read differently from what it is; remove it");

    public static readonly DiagnosticDescriptor HandleNameCollision = Error("DD0013", "Ids collide as C# names",
        "The id '{0}' becomes the C# name '{1}', which {2}; choose another id");

    public static readonly DiagnosticDescriptor InvalidId = Error("DD0014", "Malformed id",
        "'{0}' is not a valid id; ids are lower-case letters and digits in words joined by '-', starting with a letter (for example 'phan-van-giang')");

    public static readonly DiagnosticDescriptor InvalidEnumValue = Error("DD0015", "Value not allowed",
        "'{0}' is not allowed for '{1}'; use one of: {2}");

    public static readonly DiagnosticDescriptor MissingEvidence = Error("DD0016", "Fact without evidence",
        "{0} '{1}' has no evidence; add at least one {{ \"source\": ..., \"quote\": ... }} to 'evidence'");

    public static readonly DiagnosticDescriptor SourceFileMissing = Error("DD0017", "Source text not found",
        "The source file '{0}' is not among the seed files; copy the article to seeds/{0} (it must be an AdditionalFile of the project)");

    public static readonly DiagnosticDescriptor DuplicateProperty = Error("DD0018", "Property given twice",
        "The property '{0}' appears twice in the same object; keep one");

    public static readonly DiagnosticDescriptor InternalError = Error("DD0019", "Seed compiler failure",
        "The seed compiler failed while {0}: {1}. Please report this with the seed files that caused it.");

    public static readonly DiagnosticDescriptor WrongReferenceKind = Error("DD0020", "Reference to the wrong kind of record",
        "'{0}' names {1}, but '{2}' must name {3}");

    public static readonly DiagnosticDescriptor InvalidNumber = Error("DD0021", "Malformed number",
        "'{0}' is not {1}");

    public static readonly DiagnosticDescriptor CoverageReport = new("DD0022", "Sentence coverage of a source",
        "{0}: {1} sentences, {2} cited, {3} excluded, {4} unaccounted ({5} accounted for)", Category,
        DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnusedSourceText = new("DD0023", "Source text without a source record",
        "'{0}' is not the file of any record under 'sources'; describe it in sources.json or remove it", Category,
        DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor HandlesLeftOut = new("DD0024", "Typed handles left out",
        "'{0}' would get {1} typed handles, more than the {2} a class is given, so it is emitted without them; find these records with Dataset.Current.Find<{3}>(id), or raise the MSBuild property DiplomacyDataMaxHandlesPerClass", Category,
        DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidBuildProperty = Error("DD0025", "Unreadable build property",
        "The MSBuild property {0} is '{1}', which is not {2}; correct it, or remove it for the default");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
