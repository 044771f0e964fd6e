using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RecordUsage(Guid RelationshipId, YearMonth Month, long Interactions, long CustomersReached)
{
    public UsageRecorded Decide(SegmentPortfolio segment)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.Require(Interactions >= 0, "interactions", "interactions must not be negative");
        Rules.Require(CustomersReached >= 0, "customersReached", "customersReached must not be negative");
        MonthRule.Overlaps(relationship, Month);
        return new UsageRecorded(segment.Id, RelationshipId, Month, Interactions, CustomersReached);
    }
}

internal static class MonthRule
{
    public static void Overlaps(Relationship relationship, YearMonth month) =>
        Rules.Require(relationship.Overlaps(month), "month",
            $"{month} is wholly outside the relationship's active period (from {relationship.EstablishedOn:yyyy-MM-dd}" +
            (relationship.RetiredOn is { } r ? $", retired {r:yyyy-MM-dd})" : ")"));
}
