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

public sealed record RecordFactorRequest([RequiredField, Vocabulary<EnvironmentFactor>] string? Factor, [RequiredField] string? Description, [RequiredField, Vocabulary<Impact>] string? Impact, IReadOnlyList<Guid>? SegmentIds);

public static class RecordFactorEndpoint
{
    /// <summary>An internal (capability, financialConstraint, operationalConstraint) or external factor, with its impact and the segments it concerns.</summary>
    [WolverinePost("/api/reviews/{id}/factors"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, RecordFactorRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var factor = fields.Enum<EnvironmentFactor>(request.Factor, "factor");
        var impact = fields.Enum<Impact>(request.Impact, "impact");
        fields.ThrowIfInvalid();

        var segmentIds = (request.SegmentIds ?? []).ToList();
        if (segmentIds.Contains(Guid.Empty)) throw new InvalidRequest("segmentIds", Domain.Errors.ErrorCodes.InvalidId, "segmentIds must be segment ids");
        var factorId = Guid.NewGuid();
        return writes.ChangeAsync<Review, IReadOnlyList<SegmentPortfolio>>(http, request, new StreamRef(id, "Review"),
            batch => segmentIds.Count == 0 ? Task.FromResult<IReadOnlyList<SegmentPortfolio>>([]) : batch.LoadMany<SegmentPortfolio>().ById(segmentIds.Distinct().ToArray()),
            (review, segments, _) => ValueTask.FromResult<IReadOnlyList<object>>(
                [ReviewRules.RecordFactor(review, factorId, factor, request.Description, impact, segmentIds, segments.Select(s => s.Id).ToHashSet())]),
            version => new ReviewAnswer(id, version, FactorId: factorId));
    }
}
