using Inventory.Api.Access;
using Inventory.Domain.Portfolio;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Segments;

public static class ListSegmentsEndpoint
{
    /// <summary>Every segment of the organization with its status and objective today.</summary>
    [WolverineGet("/api/segments"), Authorize(Policy = Policies.Read)]
    public static async Task<IReadOnlyList<SegmentSummary>> Get(IQuerySession session, TimeProvider clock, HttpContext http)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var segments = await session.Query<SegmentPortfolio>().ToListAsync(http.RequestAborted);
        return segments.Select(s => SegmentSummary.Of(s, today)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }
}
