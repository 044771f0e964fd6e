namespace Inventory.Domain.Vocabulary;

/// <summary>When in the purchase the relationship serves the customer.</summary>
public enum Phase
{
    BeforePurchase,
    DuringPurchase,
    AfterPurchase,
}
