namespace DiplomacyData;

/// <summary>One of an entity's aliases and one source whose article uses it (see <see cref="Entity.AliasSources"/>).</summary>
public sealed class AliasSource
{
    internal AliasSource(string alias, Source source)
    {
        Alias = alias;
        Source = source;
    }

    /// <summary>The alias, as written in <see cref="Entity.Aliases"/>.</summary>
    public string Alias { get; }

    /// <summary>A source whose article contains the alias.</summary>
    public Source Source { get; }

    /// <summary>The alias and the source's id.</summary>
    /// <returns>Such as <c>Hanoi: article-000</c>.</returns>
    public override string ToString() => $"{Alias}: {Source.Id}";
}
