using Inventory.Api.Access;
using Inventory.Api.Commands;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Segments;

public sealed record WithdrawExpectationRequest(string Type, string? EffectiveDate, string? Reason);

public static class WithdrawExpectationEndpoint
{
    [WolverineDelete("/api/segments/{id}/expectations/{type}"), Authorize(Policy = Policies.Edit)]
    public static Task<IResult> Delete(Guid id, string type, string? effectiveDate, string? reason, IDocumentSession session, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new WithdrawExpectation(fields.Enum<RelationshipType>(type, "type"),
            fields.Date(effectiveDate, "effectiveDate"), reason);
        fields.ThrowIfInvalid();
        return PortfolioWrites.ChangeAsync(session, http, id, new WithdrawExpectationRequest(type, effectiveDate, reason),
            segment => [command.Decide(segment)]);
    }
}
