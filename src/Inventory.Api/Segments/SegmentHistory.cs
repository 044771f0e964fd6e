using Inventory.Api.Access;
using Inventory.Domain.Portfolio;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;
using Inventory.Api.Database;
using Inventory.Api.Http;
using Inventory.Domain.Audit;

namespace Inventory.Api.Segments;

/// <summary>
/// One recorded change of a segment: what, effective when, recorded when, by whom and why. The segment and the relationship
/// (null when the change is not about one) are named by their current names.
/// </summary>
public sealed record HistoryEntry(
    long Version,
    long Sequence,
    Guid EventId,
    string EventType,
    Guid SegmentId,
    string SegmentName,
    Guid? RelationshipId,
    string? RelationshipName,
    DateOnly? EffectiveDate,
    DateTimeOffset RecordedAt,
    string? User,
    string? CorrelationId,
    string? CausationId,
    string? Reason,
    string Summary,
    object Data);

public static class SegmentHistoryEndpoint
{
    /// <summary>Every event of the segment, newest first: what, effective when, recorded when, by whom and why.</summary>
    [WolverineGet("/api/segments/{id}/history"), Authorize(Policy = Policies.Read)]
    public static async Task<IReadOnlyList<HistoryEntry>> Get(Guid id, IQuerySession session, ProjectionCatchUp catchUp, HttpContext http)
    {
        if (id == Guid.Empty) throw new NotFound($"Segment {id}");
        var events = await session.Events.FetchStreamAsync(id, token: http.RequestAborted);
        if (events.Count == 0) throw new NotFound($"Segment {id}");
        // Each event's position among the organization's events, never the store's global sequence.
        var positions = await catchUp.Positions.OfAsync(http.User.OrganizationId(), events.Select(e => e.Sequence), http.RequestAborted);
        var segment = await session.LoadAsync<SegmentPortfolio>(id, http.RequestAborted);
        SegmentPortfolio? folded = null;
        if (segment is null) foreach (var e in events) folded = PortfolioEvolution.Evolve(folded, e.Data);
        var names = segment ?? folded;
        return events
            .OrderByDescending(e => e.Version)
            .Select(e =>
            {
                var description = EventDescription.Of(e.Data);
                return new HistoryEntry(e.Version, positions[e.Sequence], e.Id, e.EventTypeName, id, names?.Name ?? "",
                    description.RelationshipId, description.RelationshipId is { } r ? names?.Find(r)?.Name : null, description.EffectiveDate,
                    e.Timestamp, e.UserName, e.CorrelationId, e.CausationId, description.Reason, description.Summary, e.Data);
            })
            .ToList();
    }
}
