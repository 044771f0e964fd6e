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

public sealed record RevisitObjectiveRequest([RequiredField] Guid? SegmentId, [Vocabulary<Motivation>] string? Motivation, [RequiredField] string? Rationale, string? EffectiveDate);

public static class RevisitObjectiveEndpoint
{
    /// <summary>
    /// Confirms a segment's objective (no motivation, or the same), or changes it: the change lands on the segment's
    /// stream (from effectiveDate, default the day after the period) with the review as its causation.
    /// </summary>
    [WolverinePost("/api/reviews/{id}/objectives"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, RevisitObjectiveRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var segmentId = fields.Required(request.SegmentId, "segmentId");
        var motivation = fields.OptionalEnum<Motivation>(request.Motivation, "motivation");
        var date = fields.OptionalDate(request.EffectiveDate, "effectiveDate");
        fields.ThrowIfInvalid();

        if (segmentId == Guid.Empty) throw new NotFound($"Segment {segmentId}");
        return writes.ChangeTwoAsync<Review, SegmentPortfolio>(http, request, new StreamRef(id, "Review"), new StreamRef(segmentId, "Segment"), null,
            (review, segment, _, _) =>
            {
                var (revisit, change) = ReviewRules.RevisitObjective(review, segment, motivation, request.Rationale, date);
                return ([revisit], change is null ? [] : [change]);
            },
            (version, _) => new ReviewAnswer(id, version, SegmentId: segmentId), causation: id.ToString());
    }
}
