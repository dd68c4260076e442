using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace DiplomacyData.SeedCompiler.Diagnostics;

/// <summary>
/// Every diagnostic the seed compiler reports. Ids are permanent (see AnalyzerReleases.*.md);
/// messages say what is wrong and how to fix it, and the location points into the seed file.
/// Diagnostics.md beside this file documents each one with a bad and a fixed seed (a test keeps
/// the two in step).
/// </summary>
internal static class SeedDiagnostics
{
    public static readonly SeedDiagnosticDescriptor MalformedJson = Error("DD0001", "Malformed seed JSON",
        "The seed file is not valid JSON: {0}",
        "The file is not valid JSON: a missing comma or bracket, a trailing comma, text after the closing brace, an empty file, or a lone surrogate escape.");

    public static readonly SeedDiagnosticDescriptor UnknownProperty = Error("DD0002", "Unknown property",
        "'{0}' is not a property of {1}; {2}",
        "A property the record kind does not have, often a misspelling; at the top level the keys must be record kinds.");

    public static readonly SeedDiagnosticDescriptor MissingRequired = Error("DD0003", "Missing required field",
        "{0} needs the field '{1}'; add it (see seeds/README.md)",
        "A field the kind requires is absent or null; every record needs an id, and each kind has required fields of its own.");

    public static readonly SeedDiagnosticDescriptor WrongType = Error("DD0004", "Wrong value type",
        "'{0}' must be {1}, not {2}",
        "A value of the wrong JSON type, an empty string, or a line break in a single-line field.");

    public static readonly SeedDiagnosticDescriptor DuplicateId = Error("DD0005", "Duplicate id",
        "The id '{0}' is already used by {1} at {2}; ids are unique across the whole dataset, so choose another",
        "Ids are unique across the whole dataset, whatever the kind and the file.");

    public static readonly SeedDiagnosticDescriptor UnknownReference = Error("DD0006", "Reference to an unknown id",
        "'{0}' is not the id of {1}{2}",
        "A reference names no record; the message suggests the nearest id of the right kind.");

    public static readonly SeedDiagnosticDescriptor QuoteNotFound = Error("DD0007", "Quote not found in its source",
        "The quote is not in {0} (only whitespace may differ from the article); the closest passage is \"{1}\"",
        "A quote must be copied verbatim from its article; only runs of whitespace and line breaks may differ.");

    public static readonly SeedDiagnosticDescriptor InvalidDate = Error("DD0008", "Malformed or impossible date",
        "'{0}' is not a date: {1}; write YYYY, YYYY-MM or YYYY-MM-DD",
        "Dates are YYYY, YYYY-MM or YYYY-MM-DD, and must exist.");

    public static readonly SeedDiagnosticDescriptor DateContradiction = Error("DD0009", "Contradictory dates",
        "{0}",
        "An end before its start, or another pair of dates that cannot both be true.");

    public static readonly SeedDiagnosticDescriptor HierarchyCycle = Error("DD0010", "Cycle in a hierarchy",
        "'{0}' is its own ancestor through {1}; a parent chain must end at a record without a parent",
        "Following parent from a record must end at a record without one.");

    public static readonly SeedDiagnosticDescriptor UnaccountedSentence = Warning("DD0011", "Sentence neither cited nor excluded",
        "Sentence {0} of {1} is neither cited by a fact nor listed under exclusions: \"{2}\"",
        "Every sentence of every article is either cited by a fact's quote or listed under exclusions with a reason.");

    public static readonly SeedDiagnosticDescriptor InvisibleCharacter = Error("DD0012", "Invisible or bidirectional control character",
        "The text contains the invisible or bidirectional control character U+{0:X4} ({1}), which can make the text read differently from what it is; remove it",
        "A string holds an invisible or bidirectional control character, so the seed would read differently in review from what it is.");

    public static readonly SeedDiagnosticDescriptor HandleNameCollision = Error("DD0013", "Ids collide as C# names",
        "The id '{0}' becomes the C# name '{1}', which {2}; choose another id",
        "Two ids give the same C# name, or an id gives a name the language or the handle class already uses.");

    public static readonly SeedDiagnosticDescriptor InvalidId = Error("DD0014", "Malformed id",
        "'{0}' is not a valid id; ids are lower-case letters and digits in words joined by '-', starting with a letter (for example 'phan-van-giang')",
        "Ids are lower-case letters and digits in words joined by single hyphens, starting with a letter.");

    public static readonly SeedDiagnosticDescriptor InvalidEnumValue = Error("DD0015", "Value not allowed",
        "'{0}' is not allowed for '{1}'; use one of: {2}",
        "A word that the field's closed list does not have, or a CAMEO code that is not two to four digits.");

    public static readonly SeedDiagnosticDescriptor MissingEvidence = Error("DD0016", "Fact without evidence",
        "{0} '{1}' has no evidence; add at least one {{ \"source\": ..., \"quote\": ... }} to 'evidence'",
        "Offices, events, agreements, statements, figures and claims need at least one piece of evidence: a source and a verbatim quote.");

    public static readonly SeedDiagnosticDescriptor SourceFileMissing = Error("DD0017", "Source text not found",
        "The source file '{0}' is not among the seed files; copy the article to seeds/{0} (it must be an AdditionalFile of the project)",
        "A source's file names no text under seeds/: copy the article there, or correct the name.");

    public static readonly SeedDiagnosticDescriptor DuplicateProperty = Error("DD0018", "Property given twice",
        "The property '{0}' appears twice in the same object; keep one",
        "The same property twice in one object; JSON readers disagree on which counts, so keep one.");

    public static readonly SeedDiagnosticDescriptor InternalError = Error("DD0019", "Seed compiler failure",
        "The seed compiler failed while {0}: {1}. Please report this with the seed files that caused it.",
        "The compiler itself failed: a bug, never a mistake in the seeds.");

    public static readonly SeedDiagnosticDescriptor WrongReferenceKind = Error("DD0020", "Reference to the wrong kind of record",
        "'{0}' names {1}, but '{2}' must name {3}",
        "The id exists, but names a record of a kind the field does not take.");

    public static readonly SeedDiagnosticDescriptor InvalidNumber = Error("DD0021", "Malformed number",
        "'{0}' is not {1}",
        "An ordinal must be a whole number from 1 to 1,000,000; a figure's value a decimal number.");

    public static readonly SeedDiagnosticDescriptor CoverageReport = Info("DD0022", "Sentence coverage of a source",
        "{0}: {1} sentences, {2} cited, {3} excluded, {4} unaccounted ({5} accounted for)",
        "Not a problem: one line per article with its sentence counts.");

    public static readonly SeedDiagnosticDescriptor UnusedSourceText = Warning("DD0023", "Source text without a source record",
        "'{0}' is not the file of any record under 'sources'; describe it in sources.json or remove it",
        "A text under seeds/sources/ that no source record names: describe it in sources.json, or remove it.");

    public static readonly SeedDiagnosticDescriptor HandlesLeftOut = Info("DD0024", "Typed handles left out",
        "'{0}' would get {1} typed handles, more than the {2} a class is given, so it is emitted without them; find these records with Dataset.Current.Find<{3}>(id), or raise the MSBuild property DiplomacyDataMaxHandlesPerClass",
        "Not a problem in the seeds: a kind has more records than a handle class is given, so its class is emitted without handles.");

    public static readonly SeedDiagnosticDescriptor InvalidBuildProperty = Error("DD0025", "Unreadable build property",
        "The MSBuild property {0} is '{1}', which is not {2}; correct it, or remove it for the default",
        "A build property the seed compiler reads is set to something it cannot use.");

    public static readonly SeedDiagnosticDescriptor CodeActorNotParticipant = Error("DD0026", "Code actor is not a participant",
        "'{0}' is a {1} of the {2} of event '{3}' but not one of its participants; add it to 'participants' with its role, or name a participant",
        "A CAMEO or PLOVER code names, as its source or target, an actor the event does not list among its participants.");

    public static readonly SeedDiagnosticDescriptor UndirectedCode = Error("DD0027", "Code without a direction",
        "The {0} of event '{1}' has {2}; name who acts in 'source' and who is acted on in 'target', from the event's participants, or, when the text names no actors, say why in the event's 'actorsNote'",
        "A CAMEO or PLOVER code of an event does not say who acts and who is acted on, and the event does not say why its text names no actors.");

    public static readonly SeedDiagnosticDescriptor ContradictoryFields = Error("DD0028", "Fields that contradict each other",
        "'{0}' is given, but '{1}' is \"{2}\", which says {3}; remove '{0}', or change '{1}'",
        "Two fields of one record say opposite things: a statement with speakers whose attribution says it has none.");

    public static readonly SeedDiagnosticDescriptor AliasInNoSource = Warning("DD0029", "Alias not found in any source",
        "The alias '{0}' of '{1}' is not in the text of any source; aliases are spellings the articles use, so correct it to the article's spelling or remove it",
        "An alias that no article's text contains (as whole words, ignoring only differences in whitespace): a typo, or a spelling from outside the sources.");

    /// <summary>Every descriptor, in id order: the generator registers each with Roslyn, and the docs test walks them.</summary>
    public static IReadOnlyList<SeedDiagnosticDescriptor> All { get; } = typeof(SeedDiagnostics)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(SeedDiagnosticDescriptor))
        .Select(field => (SeedDiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToArray();

    private static SeedDiagnosticDescriptor Error(string id, string title, string message, string description) =>
        new(id, title, message, SeedSeverity.Error, description);

    private static SeedDiagnosticDescriptor Warning(string id, string title, string message, string description) =>
        new(id, title, message, SeedSeverity.Warning, description);

    private static SeedDiagnosticDescriptor Info(string id, string title, string message, string description) =>
        new(id, title, message, SeedSeverity.Info, description);
}
