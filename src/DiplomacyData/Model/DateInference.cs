using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>Why a date that no source states outright was worked out, and from which sources.</summary>
public sealed class DateInference
{
    private readonly IReadOnlyList<Record> _records;
    private readonly int[] _basis;
    private IReadOnlyList<Source>? _resolved;

    // The basis is kept as record positions and resolved on first read, because a source's own
    // publication date may be inferred from itself or from a source decoded after it.
    internal DateInference(string reason, IReadOnlyList<Record> records, int[] basis)
    {
        Reason = reason;
        _records = records;
        _basis = basis;
    }

    /// <summary>The reasoning, such as "“on Tuesday” in an article dated Wednesday 2 July 2025".</summary>
    public string Reason { get; }

    /// <summary>The sources the inference rests on.</summary>
    public IReadOnlyList<Source> Basis
    {
        get
        {
            if (_resolved is { } resolved)
            {
                return resolved;
            }

            var sources = new Source[_basis.Length];
            for (var i = 0; i < sources.Length; i++)
            {
                sources[i] = (Source)_records[_basis[i]];
            }

            return PublishOnce.Value(ref _resolved, new ReadOnlyArray<Source>(sources));
        }
    }
}
