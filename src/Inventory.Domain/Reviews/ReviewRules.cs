using Inventory.Domain.Errors;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reviews;

/// <summary>The decisions of a review's use cases: pure functions from state and command to events.</summary>
public static class ReviewRules
{
    /// <summary>Opens the review of a period; a period has one review (<paramref name="reviewOfPeriod"/>: the one it has, if any).</summary>
    public static ReviewOpened Open(Guid reviewId, Quarter period, string? title, Guid? reviewOfPeriod = null)
    {
        if (reviewOfPeriod is { } existing)
            throw new RuleViolation("period", ErrorCodes.ReviewExists, $"the review of {period} already exists ({existing})", ("period", period));
        return new(reviewId, period.ToString(), period.FirstDay, period.LastDay, Clean(title, "title"));
    }

    public static EnvironmentFactorRecorded RecordFactor(Review review, Guid factorId, EnvironmentFactor factor, string? description, Impact impact,
        IReadOnlyList<Guid> segmentIds, IReadOnlySet<Guid> knownSegments)
    {
        Open(review);
        var text = Clean(description, "description") ?? throw new RuleViolation("description", ErrorCodes.Required, "description is required: say what changed");
        foreach (var id in segmentIds)
            if (!knownSegments.Contains(id)) throw new RuleViolation("segmentIds", ErrorCodes.UnknownSegment, $"the organization has no segment {id}", ("segmentId", id));
        return new EnvironmentFactorRecorded(review.Id, factorId, factor, text, impact, segmentIds.Distinct().ToArray());
    }

    /// <summary>Confirms the segment's objective, or changes it from <paramref name="effectiveDate"/> (the segment event comes with it).</summary>
    public static (ObjectiveRevisited Revisit, SegmentObjectiveChanged? Change) RevisitObjective(Review review, SegmentPortfolio segment,
        Motivation? motivation, string? rationale, DateOnly? effectiveDate)
    {
        Open(review);
        var why = Clean(rationale, "rationale") ?? throw new RuleViolation("rationale", ErrorCodes.Required, "rationale is required: say why the objective stands or changes");
        var date = effectiveDate ?? review.PeriodEnd.AddDays(1);
        if (date < segment.DefinedOn) throw new RuleViolation("effectiveDate", ErrorCodes.BeforeSegmentDefined, $"effectiveDate {date:yyyy-MM-dd} is before the segment was defined", ("date", date), ("earliest", segment.DefinedOn));
        var current = segment.ObjectiveOn(date);
        var next = motivation ?? current;
        var revisit = new ObjectiveRevisited(review.Id, segment.Id, current, next, next == current, why, date);
        return (revisit, next == current ? null : new SegmentObjectiveChanged(segment.Id, next, why, date));
    }

    /// <summary>Discontinuing a segment, reducing or expanding a relationship: decisions taken on what the segment costs against what it brings in.</summary>
    public static bool WeighsCostBenefit(ReviewDecision decision) => decision is ReviewDecision.DiscontinueSegment or ReviewDecision.Reduce or ReviewDecision.Expand;

    /// <param name="costBenefit">The segment's cost-benefit of the review's quarter as known now; kept with a decision that weighs it.</param>
    public static DecisionRecorded RecordDecision(Review review, Guid decisionId, ReviewDecision decision, SegmentPortfolio segment,
        Guid? relationshipId, RelationshipType? type, string? rationale, CostBenefitSegment? costBenefit = null)
    {
        Open(review);
        var why = Clean(rationale, "rationale") ?? throw new RuleViolation("rationale", ErrorCodes.Required, "rationale is required");
        if (relationshipId is { } rid && segment.Find(rid) is null) throw new UnknownRelationship(rid);
        if (decision is ReviewDecision.Expand or ReviewDecision.Keep or ReviewDecision.Reduce or ReviewDecision.Retire && relationshipId is null)
            throw new RuleViolation("relationshipId", ErrorCodes.DecisionNeedsRelationship, $"a {Names.Of(decision)} decision is about one of the segment's relationships", ("decision", decision));
        if (decision == ReviewDecision.Introduce && type is null && relationshipId is null)
            throw new RuleViolation("type", ErrorCodes.DecisionNeedsType, "an introduce decision names the relationship type to introduce");
        return new DecisionRecorded(review.Id, decisionId, decision, segment.Id, relationshipId, type ?? segment.Find(relationshipId ?? Guid.Empty)?.Type, why,
            WeighsCostBenefit(decision) && costBenefit?.SegmentId == segment.Id ? costBenefit : null);
    }

    /// <summary>A decision can be applied once, and only while its review is open.</summary>
    public static DecisionEntry Applicable(Review review, Guid decisionId)
    {
        Open(review);
        var decision = review.Decision(decisionId) ?? throw new RuleViolation("decisionId", ErrorCodes.UnknownDecision, $"the review has no decision {decisionId}", ("decisionId", decisionId));
        if (decision.AppliedOn is not null) throw new RuleViolation("decisionId", ErrorCodes.DecisionApplied, $"the decision was already applied ({decision.AppliedOn:yyyy-MM-dd})", ("appliedOn", decision.AppliedOn));
        if (decision.Decision == ReviewDecision.Keep) throw new RuleViolation("decisionId", ErrorCodes.KeepChangesNothing, "a keep decision changes nothing in the portfolio");
        return decision;
    }

    public static ReviewClosed Close(Review review, DateTimeOffset now, string? summary)
    {
        Open(review);
        return new ReviewClosed(review.Id, now, Clean(summary, "summary"));
    }

    private static void Open(Review review)
    {
        if (review.IsClosed) throw new RuleViolation("reviewId", ErrorCodes.ReviewClosed, $"the review was closed at {review.ClosedAt:u}; its pack is final", ("closedAt", review.ClosedAt));
    }

    private static string? Clean(string? text, string field)
    {
        if (text is { Length: > 4000 }) throw new RuleViolation(field, ErrorCodes.TooLong, $"{field} is longer than 4000 characters", ("max", 4000));
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
