using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reviews;

// The events of a periodic review's stream: what was weighed, decided and applied, and when it was closed.

public interface IReviewEvent
{
    Guid ReviewId { get; }
}

public sealed record ReviewOpened(Guid ReviewId, string Period, DateOnly PeriodStart, DateOnly PeriodEnd, string? Title) : IReviewEvent;

public sealed record EnvironmentFactorRecorded(
    Guid ReviewId,
    Guid FactorId,
    EnvironmentFactor Factor,
    string Description,
    Impact Impact,
    IReadOnlyList<Guid> SegmentIds) : IReviewEvent;

/// <summary>A segment's objective looked at again: confirmed, or changed (the change itself lands on the segment's stream).</summary>
public sealed record ObjectiveRevisited(
    Guid ReviewId,
    Guid SegmentId,
    Motivation Previous,
    Motivation Motivation,
    bool Confirmed,
    string Rationale,
    DateOnly EffectiveDate) : IReviewEvent;

/// <summary>
/// A decision taken in a review. <see cref="TakenOn"/>: for a decision that weighs what the segment costs against what it brings
/// in (<see cref="ReviewRules.WeighsCostBenefit"/>), the segment's cost-benefit of the review's quarter as known when it was
/// recorded; null for the others, and for decisions recorded before it was kept.
/// </summary>
public sealed record DecisionRecorded(
    Guid ReviewId,
    Guid DecisionId,
    ReviewDecision Decision,
    Guid SegmentId,
    Guid? RelationshipId,
    RelationshipType? Type,
    string Rationale,
    CostBenefitSegment? TakenOn = null) : IReviewEvent;

/// <summary>A decision carried out on the portfolio; the portfolio's events carry the decision as their causation.</summary>
public sealed record DecisionApplied(Guid ReviewId, Guid DecisionId, Guid SegmentId, Guid? RelationshipId, DateOnly EffectiveDate, long SegmentVersion) : IReviewEvent;

/// <summary>The review is over; its pack is frozen as it was known at <see cref="ClosedAt"/>.</summary>
public sealed record ReviewClosed(Guid ReviewId, DateTimeOffset ClosedAt, string? Summary) : IReviewEvent;
