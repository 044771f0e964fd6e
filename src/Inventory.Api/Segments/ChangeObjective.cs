using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Segments;

public sealed record ChangeObjectiveRequest([RequiredField, Vocabulary<Motivation>] string? Motivation, [RequiredField] string? Rationale, [RequiredField] string? EffectiveDate);

public static class ChangeObjectiveEndpoint
{
    /// <summary>Changes the segment's objective (motivation) from a date, with the rationale.</summary>
    [WolverinePost("/api/segments/{id}/objective"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, ChangeObjectiveRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new ChangeObjective(fields.Enum<Motivation>(request.Motivation, "motivation"), request.Rationale,
            fields.Date(request.EffectiveDate, "effectiveDate"));
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, _) => [command.Decide(segment)]);
    }
}
