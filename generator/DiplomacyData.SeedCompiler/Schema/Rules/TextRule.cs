namespace DiplomacyData.SeedCompiler.Schema.Rules;

/// <summary>
/// A rule one text value of a field must keep, declared with the field in <see cref="SeedSchema"/>.
/// The parser checks every value of the field with it (DD0015), and the JSON Schema writer gives
/// editors its pattern, so the rule is written once.
/// </summary>
internal abstract class TextRule
{
    /// <summary>What an allowed value looks like, for the message ("a CAMEO code of two to four digits, such as ...").</summary>
    public abstract string Expected { get; }

    /// <summary>The same rule as a JSON Schema <c>pattern</c>, for editors.</summary>
    public abstract string Pattern { get; }

    public abstract bool Allows(string text);
}
