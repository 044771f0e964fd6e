using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Reviews;

public sealed record RecordDecisionRequest([RequiredField, Vocabulary<ReviewDecision>] string? Decision, [RequiredField] Guid? SegmentId, Guid? RelationshipId, [Vocabulary<RelationshipType>] string? Type, [RequiredField] string? Rationale);

public static class RecordDecisionEndpoint
{
    /// <summary>introduce, expand, keep, reduce, retire or discontinueSegment, about a segment or one of its relationships, with the rationale.</summary>
    /// <remarks>
    /// Discontinuing a segment, reducing or expanding a relationship keeps the segment's cost-benefit of the review's
    /// quarter as known now: the figures the decision was taken on, shown with it however they are restated later.
    /// </remarks>
    [WolverinePost("/api/reviews/{id}/decisions"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, RecordDecisionRequest request, WritePath writes, ReviewPackBuilder packs, HttpContext http)
    {
        var fields = new RequestFields();
        var decision = fields.Enum<ReviewDecision>(request.Decision, "decision");
        var segmentId = fields.Required(request.SegmentId, "segmentId");
        var type = fields.OptionalEnum<RelationshipType>(request.Type, "type");
        fields.ThrowIfInvalid();

        if (segmentId == Guid.Empty) throw new NotFound($"Segment {segmentId}");
        var decisionId = Guid.NewGuid();
        return writes.ChangeAsync<Review, SegmentPortfolio?>(http, request, new StreamRef(id, "Review"),
            batch => batch.Load<SegmentPortfolio>(segmentId),
            async (review, segment, context) =>
            {
                if (segment is null) throw new NotFound($"Segment {segmentId}");
                var costBenefit = ReviewRules.WeighsCostBenefit(decision) && !review.IsClosed
                    ? await packs.SegmentCostBenefitAsync(context.Session, http, context.Organization, review, segment.Id) : null;
                return [ReviewRules.RecordDecision(review, decisionId, decision, segment, request.RelationshipId, type, request.Rationale, costBenefit)];
            },
            version => new ReviewAnswer(id, version, DecisionId: decisionId));
    }
}
