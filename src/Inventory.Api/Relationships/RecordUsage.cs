using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Relationships;

public sealed record RecordUsageRequest([RequiredField] string? Month, [RequiredField] long? Interactions, [RequiredField] long? CustomersReached);

public static class RecordUsageEndpoint
{
    /// <summary>Records a month's interactions and customers reached; the same month again replaces it.</summary>
    [WolverinePost("/api/segments/{id}/relationships/{rid}/usage"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid rid, RecordUsageRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new RecordUsage(rid, fields.Month(request.Month, "month"),
            fields.Required(request.Interactions, "interactions"), fields.Required(request.CustomersReached, "customersReached"));
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, context) => [command.Decide(segment, context.ThisMonth)]);
    }
}
