using System.Collections.Generic;

namespace DiplomacyData;

/// <summary>An area of cooperation in a small hierarchy ("defence" contains "defence industry").</summary>
public sealed class Topic : Record
{
    internal Topic(string id, string name, Topic? parent, string? note)
    {
        IdCore = id;
        EvidenceCore = ReadOnlyArray<Evidence>.Empty;
        NoteCore = note;
        Name = name;
        Parent = parent;
    }

    /// <inheritdoc />
    private protected override string IdCore { get; }

    /// <inheritdoc />
    private protected override IReadOnlyList<Evidence> EvidenceCore { get; }

    /// <inheritdoc />
    private protected override string? NoteCore { get; }

    /// <inheritdoc />
    public override RecordKind Kind => RecordKind.Topic;

    /// <summary>The topic's name.</summary>
    public string Name { get; }

    /// <summary>The broader topic, or null for a top-level topic.</summary>
    public Topic? Parent { get; }

    /// <summary>The narrower topics directly below this one, in dataset order: the topics whose <see cref="Parent"/> is this one.</summary>
    public IReadOnlyList<Topic> Children => Dataset.Current.ChildrenOf(this);

    /// <summary>True when this topic is <paramref name="topic"/> or lies below it.</summary>
    /// <param name="topic">A possibly broader topic.</param>
    /// <returns>Whether this topic falls under <paramref name="topic"/>.</returns>
    public bool IsWithin(Topic topic)
    {
        for (Topic? current = this; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, topic))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The path from the top, such as <c>Defence / Defence industry</c>.</summary>
    public string Path => Parent is null ? Name : Parent.Path + " / " + Name;

    /// <summary>The name.</summary>
    /// <returns>The topic's name.</returns>
    public override string ToString() => Name;
}
