using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RecordSatisfaction(Guid RelationshipId, YearMonth Month, decimal Score, long Responses)
{
    /// <param name="currentMonth">The month it is now: a month that has not started has no survey answers yet.</param>
    public SatisfactionRecorded Decide(SegmentPortfolio segment, YearMonth currentMonth)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.Require(Score is >= 0 and <= 100, "score", "score must be from 0 to 100");
        Rules.Count(Responses, 1, "responses");
        Rules.Started(Month, currentMonth);
        MonthRule.Overlaps(relationship, Month);
        return new SatisfactionRecorded(segment.Id, RelationshipId, Month, Score, Responses);
    }
}
