using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>
/// A CAMEO event code with its direction, as GDELT's Actor1 → Actor2: <c>042</c> (make a visit) from the
/// visitor to the host, <c>043</c> (host a visit) from the host to the visitor.
/// </summary>
public sealed class CameoCode
{
    internal CameoCode(string code, IReadOnlyList<Entity> source, IReadOnlyList<Entity> target)
    {
        Code = code;
        Sources = source;
        Targets = target;
    }

    /// <summary>The code, two to four digits with its leading zero (<c>036</c>, <c>0312</c>).</summary>
    public string Code { get; }

    /// <summary>
    /// The actors who act (GDELT's Actor1), each one of the event's participants; empty only when the
    /// event's <see cref="Event.ActorsNote"/> says why the text names none.
    /// </summary>
    public IReadOnlyList<Entity> Sources { get; }

    /// <summary>The actors acted on (GDELT's Actor2), each one of the event's participants; empty only as for <see cref="Sources"/>.</summary>
    public IReadOnlyList<Entity> Targets { get; }

    /// <summary>The code and its direction, for display.</summary>
    /// <returns>Such as <c>042 Vietnam → Italy</c>.</returns>
    public override string ToString() => CodeDirection.Describe(Code, Sources, Targets);
}
