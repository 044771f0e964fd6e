using Inventory.Api.Access;
using Inventory.Api.Commands;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Relationships;

public sealed record LinkIntegrationRequest(string? Block, string? Note, string? EffectiveDate);

public static class LinkIntegrationEndpoint
{
    [WolverinePost("/api/segments/{id}/relationships/{rid}/integrations"), Authorize(Policy = Policies.Edit)]
    public static Task<IResult> Post(Guid id, Guid rid, LinkIntegrationRequest request, IDocumentSession session, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new LinkIntegration(rid, fields.Enum<CanvasBlock>(request.Block, "block"), request.Note,
            fields.Date(request.EffectiveDate, "effectiveDate"));
        fields.ThrowIfInvalid();
        return PortfolioWrites.ChangeAsync(session, http, id, request, segment => [command.Decide(segment)]);
    }
}
