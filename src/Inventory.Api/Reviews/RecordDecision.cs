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
    [WolverinePost("/api/reviews/{id}/decisions"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, RecordDecisionRequest request, WritePath writes, HttpContext http)
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
            (review, segment, _) => ValueTask.FromResult<IReadOnlyList<object>>([ReviewRules.RecordDecision(review, decisionId, decision,
                segment ?? throw new NotFound($"Segment {segmentId}"), request.RelationshipId, type, request.Rationale)]),
            version => new ReviewAnswer(id, version, DecisionId: decisionId));
    }
}
