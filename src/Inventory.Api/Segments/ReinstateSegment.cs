using Inventory.Api.Access;
using Inventory.Domain.Portfolio.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Segments;

public static class ReinstateSegmentEndpoint
{
    /// <summary>Reinstates a discontinued segment from a date.</summary>
    [WolverinePost("/api/segments/{id}/reinstate"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, SegmentStatusRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new ReinstateSegment(fields.Date(request.EffectiveDate, "effectiveDate"), request.Reason);
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, _) => [command.Decide(segment)]);
    }
}
