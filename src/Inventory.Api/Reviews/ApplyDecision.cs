using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Errors;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Reviews;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;

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
    public static async Task<IResult> Post(Guid id, Guid did, ApplyDecisionRequest request, IDocumentSession session, HttpContext http)
    {
        var fields = new RequestFields();
        var date = fields.Date(request.EffectiveDate, "effectiveDate");
        var channels = fields.EnumList<Channel>(request.Channels, "channels");
        var phases = fields.EnumList<Phase>(request.Phases, "phases");
        var motivations = fields.EnumList<Motivation>(request.Motivations, "motivations");
        var horizon = fields.OptionalEnum<Horizon>(request.Horizon, "horizon") ?? Horizon.LongTerm;
        fields.ThrowIfInvalid();

        var current = await ReviewLoading.ReviewAsync(session, id, http.RequestAborted);
        var decision = current.Decision(did) ?? throw new NotFound($"Decision {did}");
        var organization = await CurrentOrganization.LoadAsync(session, http);

        var segment = await session.Events.FetchForExclusiveWriting<SegmentPortfolio>(decision.SegmentId, http.RequestAborted);
        if (segment.Aggregate is null) throw new NotFound($"Segment {decision.SegmentId}");
        session.CausationId = did.ToString();

        var apply = new ApplyDecision(did, date, request.Name, channels, phases, motivations, horizon, request.Owner, request.Provider,
            request.MonthlyFixedCost, request.CostPerInteraction);
        Guid? relationshipId = decision.RelationshipId;
        return await StreamWrites.ChangeAsync<Review>(session, http, id, request, "Review", review =>
        {
            var (applied, events) = apply.Decide(review, segment.Aggregate, segment.StartingVersion ?? 0, organization.Currency, Guid.NewGuid());
            segment.AppendMany(events.ToArray<object>());
            relationshipId = applied.RelationshipId;
            return [applied];
        }, version => new ReviewAnswer(id, version, DecisionId: did, SegmentId: decision.SegmentId, RelationshipId: relationshipId));
    }
}
