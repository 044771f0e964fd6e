using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Errors;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Reviews;

/// <summary>
/// What applying needs besides the decision: the effective date; for introduce the new relationship (name, channels,
/// costs…); for expand and reduce the new cost.
/// </summary>
public sealed record ApplyDecisionRequest(
    [RequiredField] string? EffectiveDate,
    string? Name,
    [Vocabulary<Channel>] IReadOnlyList<string>? Channels,
    [Vocabulary<Phase>] IReadOnlyList<string>? Phases,
    [Vocabulary<Motivation>] IReadOnlyList<string>? Motivations,
    [Vocabulary<Horizon>] string? Horizon,
    string? Owner,
    string? Provider,
    decimal? MonthlyFixedCost,
    decimal? CostPerInteraction);

public static class ApplyDecisionEndpoint
{
    /// <summary>Issues the portfolio command the decision calls for; its events carry the decision as their causation.</summary>
    [WolverinePost("/api/reviews/{id}/decisions/{did}/apply"), Authorize(Policy = Policies.Review)]
    [ProducesResponseType<ReviewAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid did, ApplyDecisionRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var apply = new ApplyDecision(did,
            fields.Date(request.EffectiveDate, "effectiveDate"),
            request.Name,
            fields.EnumList<Channel>(request.Channels, "channels"),
            fields.EnumList<Phase>(request.Phases, "phases"),
            fields.EnumList<Motivation>(request.Motivations, "motivations"),
            fields.OptionalEnum<Horizon>(request.Horizon, "horizon") ?? Horizon.LongTerm,
            request.Owner, request.Provider, request.MonthlyFixedCost, request.CostPerInteraction);
        fields.ThrowIfInvalid();

        DecisionApplied? applied = null;
        return writes.ChangeTwoAsync<Review, SegmentPortfolio>(http, request, new StreamRef(id, "Review"), null,
            review => new StreamRef((review.Decision(did) ?? throw new NotFound($"Decision {did}")).SegmentId, "Segment"),
            (review, segment, segmentVersion, context) =>
            {
                var (decided, events) = apply.Decide(review, segment, segmentVersion, context.Organization.Currency, Guid.NewGuid());
                applied = decided;
                return ([decided], [.. events]);
            },
            (version, _) => new ReviewAnswer(id, version, DecisionId: did, SegmentId: applied!.SegmentId, RelationshipId: applied.RelationshipId),
            causation: did.ToString());
    }
}
