using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Relationships;

public sealed record ReviseCostRequest([RequiredField] decimal? MonthlyFixedCost, [RequiredField] decimal? CostPerInteraction, string? Currency, [RequiredField] string? EffectiveDate, string? Reason);

public static class ReviseCostEndpoint
{
    /// <summary>Revises the relationship's monthly fixed cost and cost per interaction from a date (may be backdated).</summary>
    [WolverinePost("/api/segments/{id}/relationships/{rid}/cost"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid rid, ReviseCostRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new ReviseCost(rid, fields.Required(request.MonthlyFixedCost, "monthlyFixedCost"),
            fields.Required(request.CostPerInteraction, "costPerInteraction"), request.Currency,
            fields.Date(request.EffectiveDate, "effectiveDate"), request.Reason);
        fields.ThrowIfInvalid();

        return writes.ChangeSegmentAsync(http, id, request, (segment, context) => [command.Decide(segment, context.Organization.Currency)]);
    }
}
