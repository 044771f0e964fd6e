namespace Inventory.Domain.Vocabulary;

public enum Channel
{
    InPerson,
    HomeVisit,
    Phone,
    Email,
    Chat,
    SocialMedia,
    Web,
    MobileApp,
    Event,
    Other,
}
