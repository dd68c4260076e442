namespace DiplomacyData;

/// <summary>Someone taking part in an event, and the part they play.</summary>
public sealed class Participant
{
    internal Participant(Entity actor, ParticipantRole role)
    {
        Actor = actor;
        Role = role;
    }

    /// <summary>The person, organization or country taking part.</summary>
    public Entity Actor { get; }

    /// <summary>Host, visitor, co-chair, delegation head...</summary>
    public ParticipantRole Role { get; }

    /// <summary>The actor and role.</summary>
    /// <returns>The role spelt as in the seed files, such as <c>Hoang Xuan Chien (co-chair)</c>.</returns>
    public override string ToString() => $"{Actor.Name} ({SeedWords.Of(Role)})";
}
