using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Segments;

public sealed record SegmentStatusRequest([RequiredField] string? EffectiveDate, string? Reason);

public static class DiscontinueSegmentEndpoint
{
    /// <summary>Discontinues the segment from a date: every relationship active then is retired at that date.</summary>
    [WolverinePost("/api/segments/{id}/discontinue"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, SegmentStatusRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new DiscontinueSegment(fields.Date(request.EffectiveDate, "effectiveDate"), request.Reason);
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, _) => command.Decide(segment));
    }
}
