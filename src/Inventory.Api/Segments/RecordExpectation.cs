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

public sealed record RecordExpectationRequest([RequiredField, Vocabulary<RelationshipType>] string? Type, [RequiredField] int? Importance, [RequiredField] string? EffectiveDate);

public static class RecordExpectationEndpoint
{
    /// <summary>Records that the segment expects a relationship type, with its importance (1 to 5).</summary>
    [WolverinePost("/api/segments/{id}/expectations"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, RecordExpectationRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new RecordExpectation(fields.Enum<RelationshipType>(request.Type, "type"),
            fields.Required(request.Importance, "importance"), fields.Date(request.EffectiveDate, "effectiveDate"));
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, _) => [command.Decide(segment)]);
    }
}
