namespace DiplomacyData;

/// <summary>The kind of an organization.</summary>
/// <remarks>Seed files write the members in kebab case (<c>state</c>); the order matches the seed schema.</remarks>
public enum OrganizationKind
{
    /// <summary><c>state</c> in seed files.</summary>
    State,

    /// <summary><c>government</c> in seed files.</summary>
    Government,

    /// <summary><c>ministry</c> in seed files.</summary>
    Ministry,

    /// <summary><c>parliament</c> in seed files.</summary>
    Parliament,

    /// <summary><c>regional-government</c> in seed files.</summary>
    RegionalGovernment,

    /// <summary><c>city-government</c> in seed files.</summary>
    CityGovernment,

    /// <summary><c>party</c> in seed files.</summary>
    Party,

    /// <summary><c>military</c> in seed files.</summary>
    Military,

    /// <summary><c>association</c> in seed files.</summary>
    Association,

    /// <summary><c>agency</c> in seed files.</summary>
    Agency,

    /// <summary><c>international-body</c> in seed files.</summary>
    InternationalBody,

    /// <summary><c>company</c> in seed files.</summary>
    Company,

    /// <summary><c>media</c> in seed files.</summary>
    Media,

    /// <summary><c>community</c> in seed files.</summary>
    Community,
}
