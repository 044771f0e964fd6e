using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;
using Inventory.Api.Writes;

namespace Inventory.Api.Relationships;

public sealed record RecordSatisfactionRequest([RequiredField] string? Month, [RequiredField] decimal? Score, [RequiredField] long? Responses);

public static class RecordSatisfactionEndpoint
{
    /// <summary>Records a month's satisfaction score and responses; the same month again replaces it.</summary>
    [WolverinePost("/api/segments/{id}/relationships/{rid}/satisfaction"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, Guid rid, RecordSatisfactionRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new RecordSatisfaction(rid, fields.Month(request.Month, "month"),
            fields.Required(request.Score, "score"), fields.Required(request.Responses, "responses"));
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, context) => [command.Decide(segment, context.ThisMonth)]);
    }
}
