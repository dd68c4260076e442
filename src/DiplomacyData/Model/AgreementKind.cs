namespace DiplomacyData;

/// <summary>The kind of an agreement or framework.</summary>
/// <remarks>Seed files write the members in kebab case (<c>memorandum</c>); the order matches the seed schema.</remarks>
public enum AgreementKind
{
    /// <summary><c>memorandum</c> in seed files.</summary>
    Memorandum,

    /// <summary><c>partnership</c> in seed files.</summary>
    Partnership,

    /// <summary><c>action-plan</c> in seed files.</summary>
    ActionPlan,

    /// <summary><c>technical-agreement</c> in seed files.</summary>
    TechnicalAgreement,

    /// <summary><c>commercial-agreement</c> in seed files.</summary>
    CommercialAgreement,

    /// <summary><c>treaty</c> in seed files.</summary>
    Treaty,

    /// <summary><c>diplomatic-relations</c> in seed files.</summary>
    DiplomaticRelations,
}
