using Inventory.Domain.Errors;
using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RecordUsage(Guid RelationshipId, YearMonth Month, long Interactions, long CustomersReached)
{
    /// <param name="currentMonth">The month it is now: a month that has not started has no usage yet.</param>
    public UsageRecorded Decide(SegmentPortfolio segment, YearMonth currentMonth)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.Count(Interactions, 0, "interactions");
        Rules.Count(CustomersReached, 0, "customersReached");
        Rules.Started(Month, currentMonth);
        MonthRule.Overlaps(relationship, Month);
        return new UsageRecorded(segment.Id, RelationshipId, Month, Interactions, CustomersReached);
    }
}

internal static class MonthRule
{
    public static void Overlaps(Relationship relationship, YearMonth month)
    {
        if (relationship.Overlaps(month)) return;
        throw new RuleViolation("month", ErrorCodes.MonthOutsideActivePeriod,
            $"{month} is wholly outside the relationship's active period (from {relationship.EstablishedOn:yyyy-MM-dd}" +
            (relationship.RetiredOn is { } r ? $", retired {r:yyyy-MM-dd})" : ")"),
            ("month", month), ("from", relationship.EstablishedOn), ("retiredOn", relationship.RetiredOn));
    }
}
