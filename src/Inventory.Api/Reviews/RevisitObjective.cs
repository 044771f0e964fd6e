using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;

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
    public static async Task<IResult> Post(Guid id, RevisitObjectiveRequest request, IDocumentSession session, HttpContext http)
    {
        var fields = new RequestFields();
        var segmentId = fields.Required(request.SegmentId, "segmentId");
        var motivation = fields.OptionalEnum<Motivation>(request.Motivation, "motivation");
        var date = fields.OptionalDate(request.EffectiveDate, "effectiveDate");
        fields.ThrowIfInvalid();

        if (segmentId == Guid.Empty) throw new NotFound($"Segment {segmentId}");
        // The segment first, then the review: every command touching both takes the locks in this order.
        var segment = await session.Events.FetchForExclusiveWriting<SegmentPortfolio>(segmentId, http.RequestAborted);
        if (segment.Aggregate is null) throw new NotFound($"Segment {segmentId}");
        session.CausationId = id.ToString();

        return await StreamWrites.ChangeAsync<Review>(session, http, id, request, "Review", review =>
        {
            var (revisit, change) = ReviewRules.RevisitObjective(review, segment.Aggregate, motivation, request.Rationale, date);
            if (change is not null) segment.AppendOne(change);
            return [revisit];
        }, version => new ReviewAnswer(id, version, SegmentId: segmentId));
    }
}
