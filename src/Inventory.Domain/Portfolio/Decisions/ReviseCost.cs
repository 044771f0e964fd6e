using Inventory.Domain.Errors;

namespace Inventory.Domain.Portfolio.Decisions;

/// <summary>A new cost from the effective date on; may be backdated to correct the past.</summary>
public sealed record ReviseCost(Guid RelationshipId, decimal MonthlyFixedCost, decimal CostPerInteraction, string? Currency, DateOnly EffectiveDate, string? Reason)
{
    public CostRevised Decide(SegmentPortfolio segment, string organizationCurrency)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.Money(MonthlyFixedCost, "monthlyFixedCost");
        Rules.Money(CostPerInteraction, "costPerInteraction");
        Rules.Currency(Currency, organizationCurrency);
        Rules.NotBefore(EffectiveDate, relationship.EstablishedOn, ErrorCodes.BeforeRelationshipEstablished, "the relationship was established");
        Rules.NotRetiredOn(relationship, EffectiveDate);
        return new CostRevised(segment.Id, RelationshipId, MonthlyFixedCost, CostPerInteraction, EffectiveDate, Rules.Text(Reason, "reason") ?? "");
    }
}
