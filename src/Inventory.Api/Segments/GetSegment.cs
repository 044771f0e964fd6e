using Inventory.Api.Access;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reports;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;
using Inventory.Api.Http;

namespace Inventory.Api.Segments;

public static class GetSegmentEndpoint
{
    /// <summary>
    /// The portfolio; <c>asOf</c> (a date) shows it as in effect that day, <c>knownAt</c> (an instant) as it was recorded then.
    /// Asked of a time before the segment was defined (or recorded), it answers <c>status: "notYetDefined"</c> with nothing listed.
    /// </summary>
    [WolverineGet("/api/segments/{id}"), Authorize(Policy = Policies.Read)]
    public static async Task<SegmentView> Get(Guid id, string? asOf, string? knownAt, IQuerySession session, MonthlyFactsReader factsReader, HttpContext http, TimeProvider clock)
    {
        if (id == Guid.Empty) throw new NotFound($"Segment {id}");
        var fields = new RequestFields();
        var asOfDate = fields.OptionalDate(asOf, "asOf");
        var knownAtInstant = fields.OptionalInstant(knownAt, "knownAt");
        fields.ThrowIfInvalid();

        var (known, version) = knownAtInstant is { } instant
            ? await AsKnownAtAsync(session, id, instant, http.RequestAborted)
            : (await LoadAsync(session, factsReader, http, id), (await session.Events.FetchStreamStateAsync(id, http.RequestAborted))?.Version ?? 0);
        var segment = known?.Portfolio;
        if (segment is null && knownAtInstant is not null && await session.LoadAsync<SegmentPortfolio>(id, http.RequestAborted) is { } later)
        {
            // Recorded after the instant asked: it did not exist then.
            return SegmentView.NotYetDefined(later, 0, asOfDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), asOfDate, knownAtInstant);
        }

        if (segment is null) throw new NotFound($"Segment {id}");

        http.Response.Headers.ETag = IfMatch.ETag(version);
        return SegmentView.Of(segment, known!.Months, version, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), asOfDate, knownAtInstant);
    }

    /// <summary>The decision state kept inline, with the segment's monthly and dated rows.</summary>
    private static async Task<SegmentFacts?> LoadAsync(IQuerySession session, MonthlyFactsReader factsReader, HttpContext http, Guid id)
    {
        if (await session.LoadAsync<SegmentPortfolio>(id, http.RequestAborted) is not { } portfolio) return null;
        var (months, dated) = await factsReader.ReadSegmentAsync(http.User.OrganizationId(), id, withDated: true, http.RequestAborted);
        return new SegmentFacts(portfolio.WithDated(dated), months);
    }

    /// <summary>The segment folded from the events recorded up to <paramref name="knownAt"/> only.</summary>
    public static async Task<(SegmentFacts?, long)> AsKnownAtAsync(IQuerySession session, Guid id, DateTimeOffset knownAt, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, timestamp: knownAt, token: ct);
        return (SegmentFacts.Fold(events.Select(e => e.Data)), events.Count == 0 ? 0 : events[^1].Version);
    }
}
