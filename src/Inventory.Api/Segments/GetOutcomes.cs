using Inventory.Api.Access;
using Inventory.Api.Http;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Segments;

/// <summary>A segment's outcomes, month by month.</summary>
public sealed record OutcomesAnswer(Guid SegmentId, DateOnly? AsOf, DateTimeOffset? KnownAt, IReadOnlyList<OutcomeLine> Outcomes);

public sealed record OutcomeLine(YearMonth Month, decimal Revenue, int NewCustomers, int LostCustomers, int ActiveCustomers)
{
    public static OutcomeLine Of(OutcomeEntry entry) => new(entry.Month, entry.Revenue, entry.NewCustomers, entry.LostCustomers, entry.ActiveCustomers);
}

public static class GetOutcomesEndpoint
{
    /// <summary>
    /// The segment's monthly outcomes, by month; <c>asOf</c> (a date) leaves out months starting after it, <c>knownAt</c>
    /// (an instant) shows them as recorded then.
    /// </summary>
    [WolverineGet("/api/segments/{id}/outcomes"), Authorize(Policy = Policies.Read)]
    public static async Task<OutcomesAnswer> Get(Guid id, string? asOf, string? knownAt, IQuerySession session, MonthlyFactsReader factsReader, HttpContext http)
    {
        if (id == Guid.Empty) throw new NotFound($"Segment {id}");
        var fields = new RequestFields();
        var asOfDate = fields.OptionalDate(asOf, "asOf");
        var knownAtInstant = fields.OptionalInstant(knownAt, "knownAt");
        fields.ThrowIfInvalid();

        MonthlyFacts facts;
        if (knownAtInstant is { } instant)
        {
            var (known, _) = await GetSegmentEndpoint.AsKnownAtAsync(session, id, instant, http.RequestAborted);
            if (known is null) await ExistsAsync(session, id, http);
            facts = known?.Months ?? new MonthlyFacts();
        }
        else
        {
            await ExistsAsync(session, id, http);
            facts = (await factsReader.ReadSegmentAsync(http.User.OrganizationId(), id, withDated: false, http.RequestAborted)).Months;
        }

        if (asOfDate is { } date) facts = facts.AsOf(date);
        return new OutcomesAnswer(id, asOfDate, knownAtInstant, facts.Outcomes().Select(OutcomeLine.Of).ToList());
    }

    private static async Task ExistsAsync(IQuerySession session, Guid id, HttpContext http)
    {
        if (await session.LoadAsync<SegmentPortfolio>(id, http.RequestAborted) is null) throw new NotFound($"Segment {id}");
    }
}
