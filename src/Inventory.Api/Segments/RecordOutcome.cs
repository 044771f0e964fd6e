using Inventory.Api.Access;
using Inventory.Api.Http;
using Inventory.Api.OpenApi;
using Inventory.Api.Writes;
using Inventory.Domain.Portfolio.Decisions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Segments;

public sealed record RecordOutcomeRequest(
    [RequiredField] string? Month,
    [RequiredField] decimal? Revenue,
    [RequiredField] long? NewCustomers,
    [RequiredField] long? LostCustomers,
    [RequiredField] long? ActiveCustomers);

public static class RecordOutcomeEndpoint
{
    /// <summary>
    /// Records what the segment brought in during a month: revenue, customers acquired and lost, customers at the month's
    /// end. The same month again replaces all four (the earlier event stays); a discontinued segment still takes them.
    /// </summary>
    [WolverinePost("/api/segments/{id}/outcomes"), Authorize(Policy = Policies.Edit)]
    [ProducesResponseType<CommandAnswer>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, RecordOutcomeRequest request, WritePath writes, HttpContext http)
    {
        var fields = new RequestFields();
        var command = new RecordOutcome(fields.Month(request.Month, "month"), fields.Required(request.Revenue, "revenue"),
            fields.Required(request.NewCustomers, "newCustomers"), fields.Required(request.LostCustomers, "lostCustomers"),
            fields.Required(request.ActiveCustomers, "activeCustomers"));
        fields.ThrowIfInvalid();
        return writes.ChangeSegmentAsync(http, id, request, (segment, context) => [command.Decide(segment, context.ThisMonth)]);
    }
}
