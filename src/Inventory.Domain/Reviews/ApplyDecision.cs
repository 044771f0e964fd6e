using Inventory.Domain.Errors;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reviews;

/// <summary>
/// What applying a review's decision needs besides the decision: the effective date; for introduce the new relationship
/// (name, channels, costs…); for expand and reduce the new cost.
/// </summary>
public sealed record ApplyDecision(
    Guid DecisionId,
    DateOnly EffectiveDate,
    string? Name,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<Motivation> Motivations,
    Horizon Horizon,
    string? Owner,
    string? Provider,
    decimal? MonthlyFixedCost,
    decimal? CostPerInteraction)
{
    /// <summary>
    /// The portfolio command the decision calls for, decided on the segment at <paramref name="segmentVersion"/>, and the
    /// review's record that it was applied (naming the segment's version after those events).
    /// <paramref name="newRelationshipId"/> is the id an introduce decision gives the relationship it establishes.
    /// </summary>
    public (DecisionApplied Applied, IReadOnlyList<IPortfolioEvent> SegmentEvents) Decide(
        Review review, SegmentPortfolio segment, long segmentVersion, string organizationCurrency, Guid newRelationshipId)
    {
        var decision = ReviewRules.Applicable(review, DecisionId);
        if (decision.SegmentId != segment.Id) throw new ArgumentException($"The decision is about segment {decision.SegmentId}, not {segment.Id}", nameof(segment));

        var relationshipId = decision.RelationshipId;
        IReadOnlyList<IPortfolioEvent> events;
        switch (decision.Decision)
        {
            case ReviewDecision.Retire:
                events = [new RetireRelationship(decision.RelationshipId!.Value, EffectiveDate, decision.Rationale).Decide(segment)];
                break;
            case ReviewDecision.DiscontinueSegment:
                events = new DiscontinueSegment(EffectiveDate, decision.Rationale).Decide(segment);
                break;
            case ReviewDecision.Expand or ReviewDecision.Reduce:
                events = [new ReviseCost(decision.RelationshipId!.Value,
                    MonthlyFixedCost ?? throw new RuleViolation("monthlyFixedCost", ErrorCodes.Required, "monthlyFixedCost is required to expand or reduce"),
                    CostPerInteraction ?? throw new RuleViolation("costPerInteraction", ErrorCodes.Required, "costPerInteraction is required to expand or reduce"),
                    null, EffectiveDate, decision.Rationale).Decide(segment, organizationCurrency)];
                break;
            default:
                var type = decision.Type ?? throw new RuleViolation("type", ErrorCodes.DecisionNeedsType, "the decision names no relationship type");
                relationshipId = newRelationshipId;
                events = [new EstablishRelationship(newRelationshipId, type, Name ?? "", Channels, Phases, Motivations, Horizon, Owner, Provider,
                    MonthlyFixedCost ?? throw new RuleViolation("monthlyFixedCost", ErrorCodes.Required, "monthlyFixedCost is required to introduce a relationship"),
                    CostPerInteraction ?? 0m, null, EffectiveDate).Decide(segment, organizationCurrency)];
                break;
        }

        return (new DecisionApplied(review.Id, DecisionId, segment.Id, relationshipId, EffectiveDate, segmentVersion + events.Count), events);
    }
}
