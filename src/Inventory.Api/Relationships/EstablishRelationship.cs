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

public sealed record EstablishRelationshipRequest(
    [RequiredField, Vocabulary<RelationshipType>] string? Type,
    [RequiredField] string? Name,
    [Vocabulary<Channel>] IReadOnlyList<string>? Channels,
    [Vocabulary<Phase>] IReadOnlyList<string>? Phases,
    [Vocabulary<Motivation>] IReadOnlyList<string>? Motivations,
    [Vocabulary<Horizon>] string? Horizon,
    string? Owner,
    string? Provider,
    [RequiredField] decimal? MonthlyFixedCost,
    decimal? CostPerInteraction,
    string? Currency,
    [RequiredField] string? EffectiveDate);

public static class EstablishRelationshipEndpoint
{
    /// <summary>Establishes a relationship of a type in the segment, with its costs; answers 201 with its id.</summary>
    [WolverinePost("/api/segments/{id}/relationships"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, EstablishRelationshipRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new EstablishRelationship(
            Guid.NewGuid(),
            fields.Enum<RelationshipType>(request.Type, "type"),
            fields.Text(request.Name, "name"),
            fields.EnumList<Channel>(request.Channels, "channels"),
            fields.EnumList<Phase>(request.Phases, "phases"),
            fields.EnumList<Motivation>(request.Motivations, "motivations"),
            fields.OptionalEnum<Horizon>(request.Horizon, "horizon") ?? Horizon.LongTerm,
            request.Owner,
            request.Provider,
            fields.Required(request.MonthlyFixedCost, "monthlyFixedCost"),
            request.CostPerInteraction ?? 0m,
            request.Currency,
            fields.Date(request.EffectiveDate, "effectiveDate"));
        fields.ThrowIfInvalid();

        return writes.ChangeSegmentAsync(http, id, request,
            (segment, context) => [command.Decide(segment, context.Organization.Currency)], command.RelationshipId, creates: true);
    }
}
