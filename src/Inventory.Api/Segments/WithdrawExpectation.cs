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

public sealed record WithdrawExpectationRequest(string Type, string? EffectiveDate, string? Reason);

public static class WithdrawExpectationEndpoint
{
    /// <summary>Withdraws the segment's expectation of a relationship type from a date.</summary>
    [WolverineDelete("/api/segments/{id}/expectations/{type}"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Delete(Guid id, [Vocabulary<RelationshipType>] string type, [RequiredField] string? effectiveDate, string? reason, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new WithdrawExpectation(fields.Enum<RelationshipType>(type, "type"),
            fields.Date(effectiveDate, "effectiveDate"), reason);
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, new WithdrawExpectationRequest(type, effectiveDate, reason),
            (segment, _) => [command.Decide(segment)]);
    }
}
