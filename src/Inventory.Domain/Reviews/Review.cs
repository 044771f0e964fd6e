using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reviews;

/// <summary>A periodic (quarterly) strategy review, folded from its stream.</summary>
public sealed class Review
{
    public Guid Id { get; set; }
    public string Period { get; set; } = "";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string? Title { get; set; }
    public List<FactorEntry> Factors { get; set; } = [];
    public List<ObjectiveEntry> Objectives { get; set; } = [];
    public List<DecisionEntry> Decisions { get; set; } = [];
    public DateTimeOffset? ClosedAt { get; set; }
    public string? Summary { get; set; }

    public bool IsClosed => ClosedAt is not null;

    public DecisionEntry? Decision(Guid decisionId) => Decisions.Find(d => d.DecisionId == decisionId);

    public static Review? Evolve(Review? review, object @event)
    {
        if (@event is ReviewOpened opened)
        {
            return new Review { Id = opened.ReviewId, Period = opened.Period, PeriodStart = opened.PeriodStart, PeriodEnd = opened.PeriodEnd, Title = opened.Title };
        }

        if (review is null) return null;
        switch (@event)
        {
            case EnvironmentFactorRecorded e:
                review.Factors.Add(new FactorEntry(e.FactorId, e.Factor, EnvironmentFactors.IsInternal(e.Factor), e.Description, e.Impact, e.SegmentIds));
                break;
            case ObjectiveRevisited e:
                review.Objectives.Add(new ObjectiveEntry(e.SegmentId, e.Previous, e.Motivation, e.Confirmed, e.Rationale, e.EffectiveDate));
                break;
            case DecisionRecorded e:
                review.Decisions.Add(new DecisionEntry(e.DecisionId, e.Decision, e.SegmentId, e.RelationshipId, e.Type, e.Rationale, null, e.TakenOn));
                break;
            case DecisionApplied e:
                var index = review.Decisions.FindIndex(d => d.DecisionId == e.DecisionId);
                if (index >= 0) review.Decisions[index] = review.Decisions[index] with { AppliedOn = e.EffectiveDate, RelationshipId = e.RelationshipId ?? review.Decisions[index].RelationshipId };
                break;
            case ReviewClosed e:
                review.ClosedAt = e.ClosedAt;
                review.Summary = e.Summary;
                break;
        }

        return review;
    }
}

public sealed record FactorEntry(Guid FactorId, EnvironmentFactor Factor, bool Internal, string Description, Impact Impact, IReadOnlyList<Guid> SegmentIds);

public sealed record ObjectiveEntry(Guid SegmentId, Motivation Previous, Motivation Motivation, bool Confirmed, string Rationale, DateOnly EffectiveDate);

/// <summary>A review's decision; <see cref="TakenOn"/> the segment's cost-benefit it was taken on (see <see cref="DecisionRecorded"/>).</summary>
public sealed record DecisionEntry(Guid DecisionId, ReviewDecision Decision, Guid SegmentId, Guid? RelationshipId, RelationshipType? Type, string Rationale, DateOnly? AppliedOn,
    CostBenefitSegment? TakenOn = null);
