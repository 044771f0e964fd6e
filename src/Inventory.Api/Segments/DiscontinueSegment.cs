using Inventory.Api.Access;
using Inventory.Api.Commands;
using Inventory.Domain.Portfolio.Decisions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Segments;

public sealed record SegmentStatusRequest(string? EffectiveDate, string? Reason);

public static class DiscontinueSegmentEndpoint
{
    [WolverinePost("/api/segments/{id}/discontinue"), Authorize(Policy = Policies.Edit)]
    public static Task<IResult> Post(Guid id, SegmentStatusRequest request, IDocumentSession session, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new DiscontinueSegment(fields.Date(request.EffectiveDate, "effectiveDate"), request.Reason);
        fields.ThrowIfInvalid();
        return PortfolioWrites.ChangeAsync(session, http, id, request, command.Decide);
    }
}
