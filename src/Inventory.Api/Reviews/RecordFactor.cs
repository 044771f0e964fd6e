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

public sealed record RecordFactorRequest([RequiredField, Vocabulary<EnvironmentFactor>] string? Factor, [RequiredField] string? Description, [RequiredField, Vocabulary<Impact>] string? Impact, IReadOnlyList<Guid>? SegmentIds);

public static class RecordFactorEndpoint
{
    /// <summary>An internal (capability, financialConstraint, operationalConstraint) or external factor, with its impact and the segments it concerns.</summary>
    [WolverinePost("/api/reviews/{id}/factors"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status200OK)]
    public static async Task<IResult> Post(Guid id, RecordFactorRequest request, IDocumentSession session, HttpContext http)
    {
        var fields = new RequestFields();
        var factor = fields.Enum<EnvironmentFactor>(request.Factor, "factor");
        var impact = fields.Enum<Impact>(request.Impact, "impact");
        fields.ThrowIfInvalid();

        var segmentIds = (request.SegmentIds ?? []).ToList();
        if (segmentIds.Contains(Guid.Empty)) throw new InvalidRequest("segmentIds", Domain.Errors.ErrorCodes.InvalidId, "segmentIds must be segment ids");
        var known = segmentIds.Count == 0 ? new HashSet<Guid>()
            : (await session.LoadManyAsync<SegmentPortfolio>(http.RequestAborted, segmentIds.Distinct().ToArray())).Select(s => s.Id).ToHashSet();
        var factorId = Guid.NewGuid();
        return await StreamWrites.ChangeAsync<Review>(session, http, id, request, "Review",
            review => [ReviewRules.RecordFactor(review, factorId, factor, request.Description, impact, segmentIds, known)],
            version => new ReviewAnswer(id, version, FactorId: factorId));
    }
}
