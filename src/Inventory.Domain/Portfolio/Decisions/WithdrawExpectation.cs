using Inventory.Domain.Errors;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record WithdrawExpectation(RelationshipType Type, DateOnly EffectiveDate, string? Reason)
{
    public ExpectationWithdrawn Decide(SegmentPortfolio segment)
    {
        Rules.NotBefore(EffectiveDate, segment.DefinedOn, ErrorCodes.BeforeSegmentDefined, "the segment was defined");
        Rules.Require(segment.ExpectationsOn(EffectiveDate).ContainsKey(Type), "type", ErrorCodes.NotExpected,
            $"the segment does not expect {Names.Of(Type)} on {EffectiveDate:yyyy-MM-dd}", ("type", Type), ("date", EffectiveDate));
        return new ExpectationWithdrawn(segment.Id, Type, EffectiveDate, Rules.Text(Reason, "reason"));
    }
}
