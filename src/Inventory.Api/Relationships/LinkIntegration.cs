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

public sealed record LinkIntegrationRequest([RequiredField, Vocabulary<CanvasBlock>] string? Block, [RequiredField] string? Note, [RequiredField] string? EffectiveDate);

public static class LinkIntegrationEndpoint
{
    /// <summary>Links the relationship to another block of the canvas, with a note.</summary>
    [WolverinePost("/api/segments/{id}/relationships/{rid}/integrations"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid rid, LinkIntegrationRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new LinkIntegration(rid, fields.Enum<CanvasBlock>(request.Block, "block"), request.Note,
            fields.Date(request.EffectiveDate, "effectiveDate"));
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, _) => [command.Decide(segment)]);
    }
}
