using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record WithdrawExpectation(RelationshipType Type, DateOnly EffectiveDate, string? Reason)
{
    public ExpectationWithdrawn Decide(SegmentPortfolio segment)
    {
        Rules.NotBefore(EffectiveDate, segment.DefinedOn, "the segment was defined");
        Rules.Require(segment.ExpectationsOn(EffectiveDate).ContainsKey(Type), "type",
            $"the segment does not expect {Names.Of(Type)} on {EffectiveDate:yyyy-MM-dd}");
        return new ExpectationWithdrawn(segment.Id, Type, EffectiveDate, Rules.Text(Reason, "reason"));
    }
}
