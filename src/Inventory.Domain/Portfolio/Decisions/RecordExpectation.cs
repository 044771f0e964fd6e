using Inventory.Domain.Errors;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record RecordExpectation(RelationshipType Type, int Importance, DateOnly EffectiveDate)
{
    public ExpectationRecorded Decide(SegmentPortfolio segment)
    {
        Rules.Between(Importance, 1, 5, "importance");
        Rules.NotBefore(EffectiveDate, segment.DefinedOn, ErrorCodes.BeforeSegmentDefined, "the segment was defined");
        return new ExpectationRecorded(segment.Id, Type, Importance, EffectiveDate);
    }
}
