using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Relationships;

public sealed record RetireRelationshipRequest([RequiredField] string? EffectiveDate, string? Reason);

public static class RetireRelationshipEndpoint
{
    /// <summary>Retires the relationship: active until, not including, the effective date.</summary>
    [WolverinePost("/api/segments/{id}/relationships/{rid}/retire"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid rid, RetireRelationshipRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new RetireRelationship(rid, fields.Date(request.EffectiveDate, "effectiveDate"), request.Reason);
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, _) => [command.Decide(segment)]);
    }
}
