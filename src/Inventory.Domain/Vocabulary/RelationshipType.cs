namespace Inventory.Domain.Vocabulary;

/// <summary>The Business Model Canvas relationship types, declared in the alphabetical order reports list them in.</summary>
public enum RelationshipType
{
    AutomatedServices,
    CoCreation,
    Communities,
    DedicatedPersonalAssistance,
    PersonalAssistance,
    SelfService,
    ThirdParty,
}
