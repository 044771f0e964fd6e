using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RecordExpectation(RelationshipType Type, int Importance, DateOnly EffectiveDate)
{
    public ExpectationRecorded Decide(SegmentPortfolio segment)
    {
        Rules.Require(Importance is >= 1 and <= 5, "importance", "importance must be from 1 to 5");
        Rules.NotBefore(EffectiveDate, segment.DefinedOn, "the segment was defined");
        return new ExpectationRecorded(segment.Id, Type, Importance, EffectiveDate);
    }
}
