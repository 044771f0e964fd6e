using Inventory.Domain.Errors;
using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RecordSatisfaction(Guid RelationshipId, YearMonth Month, decimal Score, long Responses)
{
    /// <param name="currentMonth">The month it is now: a month that has not started has no survey answers yet.</param>
    public SatisfactionRecorded Decide(SegmentPortfolio segment, YearMonth currentMonth)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.Between(Score, 0, 100, "score");
        Rules.Count(Responses, 1, "responses");
        Rules.Started(Month, currentMonth);
        MonthRule.Overlaps(relationship, Month);
        return new SatisfactionRecorded(segment.Id, RelationshipId, Month, Score, Responses);
    }
}
