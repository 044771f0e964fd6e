using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Relationships;

/// <summary>Only the attributes given change.</summary>
public sealed record AdjustRelationshipRequest(
    [Vocabulary<Channel>] IReadOnlyList<string>? Channels,
    [Vocabulary<Phase>] IReadOnlyList<string>? Phases,
    [Vocabulary<Motivation>] IReadOnlyList<string>? Motivations,
    [Vocabulary<Horizon>] string? Horizon,
    string? Owner,
    string? Provider,
    [RequiredField] string? EffectiveDate,
    string? Reason);

public static class AdjustRelationshipEndpoint
{
    /// <summary>Changes a relationship's channels, phases, motivations, horizon, owner or provider from a date; only the attributes given change.</summary>
    [WolverinePost("/api/segments/{id}/relationships/{rid}/adjust"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid rid, AdjustRelationshipRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new AdjustRelationship(rid,
            fields.OptionalEnumList<Channel>(request.Channels, "channels"),
            fields.OptionalEnumList<Phase>(request.Phases, "phases"),
            fields.OptionalEnumList<Motivation>(request.Motivations, "motivations"),
            fields.OptionalEnum<Horizon>(request.Horizon, "horizon"),
            request.Owner, request.Provider,
            fields.Date(request.EffectiveDate, "effectiveDate"), request.Reason);
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, _) => [command.Decide(segment)]);
    }
}
