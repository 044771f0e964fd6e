using Inventory.Domain.Figures;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RecordSatisfaction(Guid RelationshipId, YearMonth Month, decimal Score, long Responses)
{
    public SatisfactionRecorded Decide(SegmentPortfolio segment)
    {
        var relationship = Rules.Relationship(segment, RelationshipId);
        Rules.Require(Score is >= 0 and <= 100, "score", "score must be from 0 to 100");
        Rules.Require(Responses >= 1, "responses", "responses must be at least 1");
        MonthRule.Overlaps(relationship, Month);
        return new SatisfactionRecorded(segment.Id, RelationshipId, Month, Score, Responses);
    }
}
