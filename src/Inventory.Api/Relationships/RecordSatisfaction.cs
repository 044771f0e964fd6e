using Inventory.Api.Access;
using Inventory.Api.Commands;
using Inventory.Domain.Portfolio.Decisions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Relationships;

public sealed record RecordSatisfactionRequest(string? Month, decimal? Score, long? Responses);

public static class RecordSatisfactionEndpoint
{
    [WolverinePost("/api/segments/{id}/relationships/{rid}/satisfaction"), Authorize(Policy = Policies.Edit)]
    public static Task<IResult> Post(Guid id, Guid rid, RecordSatisfactionRequest request, IDocumentSession session, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new RecordSatisfaction(rid, fields.Month(request.Month, "month"),
            fields.Required(request.Score, "score"), fields.Required(request.Responses, "responses"));
        fields.ThrowIfInvalid();
        return PortfolioWrites.ChangeAsync(session, http, id, request, segment => [command.Decide(segment)]);
    }
}
