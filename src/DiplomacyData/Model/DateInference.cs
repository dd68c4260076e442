using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>Why a date that no source states outright was worked out, and from which sources.</summary>
public sealed class DateInference
{
    internal DateInference(string reason, IReadOnlyList<Source> basis)
    {
        Reason = reason;
        Basis = basis;
    }

    /// <summary>The reasoning, such as "“on Tuesday” in an article dated Wednesday 2 July 2025".</summary>
    public string Reason { get; }

    /// <summary>The sources the inference rests on.</summary>
    public IReadOnlyList<Source> Basis { get; }
}
