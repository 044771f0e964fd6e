using Inventory.Domain.Errors;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Portfolio.Decisions;

public sealed record ChangeObjective(Motivation Motivation, string? Rationale, DateOnly EffectiveDate)
{
    public SegmentObjectiveChanged Decide(SegmentPortfolio segment)
    {
        Rules.NotBefore(EffectiveDate, segment.DefinedOn, ErrorCodes.BeforeSegmentDefined, "the segment was defined");
        var rationale = Rules.Text(Rationale, "rationale");
        Rules.Require(rationale is not null, "rationale", ErrorCodes.Required, "rationale is required: say why the objective changes");
        return new SegmentObjectiveChanged(segment.Id, Motivation, rationale!, EffectiveDate);
    }
}
