using Inventory.Api.Projections;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reports;
using JasperFx.Events;
using Marten;

namespace Inventory.Api.Reports;

/// <summary>Where report figures come from, and up to which event they go.</summary>
public sealed record ReportBasis(DateOnly AsOf, DateTimeOffset? KnownAt, long UpToSequence, string Source);

/// <summary>
/// Loads what reports are built from. Known at an instant: only the events recorded by then, folded afresh. Otherwise
/// the inline projections: each segment's figures document when nothing in the segment is effective after the
/// as-of date, else its portfolio taken as of that date.
/// </summary>
public sealed class ReportInputs(IQuerySession session, ProjectionCatchUp catchUp, SegmentFiguresReader figures)
{
    public async Task<(IReadOnlyList<SegmentPortfolio> Portfolios, ReportBasis Basis)> PortfoliosAsync(ReportScope scope, HttpContext http)
    {
        if (scope.KnownAt is { } knownAt)
        {
            var (segments, upTo) = await KnownAtAsync(knownAt, http.RequestAborted);
            return (segments.Select(s => AsOf(s, scope.AsOf)).ToList(), new ReportBasis(scope.AsOf, knownAt, upTo, "events"));
        }

        var latest = await catchUp.LatestSequenceAsync(http.RequestAborted);
        var portfolios = await session.Query<SegmentPortfolio>().ToListAsync(http.RequestAborted);
        return (portfolios.Select(s => AsOf(s, scope.AsOf)).ToList(), new ReportBasis(scope.AsOf, null, latest, "projection"));
    }

    public async Task<(IReadOnlyList<SegmentFigures> Figures, ReportBasis Basis)> FiguresAsync(ReportScope scope, HttpContext http)
    {
        if (scope.KnownAt is not null)
        {
            var (portfolios, basis) = await PortfoliosAsync(scope, http);
            return (portfolios.Select(FiguresOf).ToList(), basis);
        }

        var latest = await catchUp.LatestSequenceAsync(http.RequestAborted);
        var rows = await figures.ReadAsync(scope.Organization.Id, http.RequestAborted);
        var current = rows.Where(r => r.LatestEffectiveDate <= scope.AsOf).Select(r => new SegmentFigures(r.Id, r.Name, r.Figures)).ToList();
        var later = rows.Where(r => r.LatestEffectiveDate > scope.AsOf).Select(r => r.Id).ToArray();
        if (later.Length > 0)
        {
            var portfolios = await session.LoadManyAsync<SegmentPortfolio>(http.RequestAborted, later);
            current.AddRange(portfolios.Select(p => FiguresOf(p.AsOf(scope.AsOf))));
        }

        return (current, new ReportBasis(scope.AsOf, null, latest, later.Length > 0 ? "projection+asOf" : "projection"));
    }

    /// <summary>Each segment's events, in recorded order, recorded up to <paramref name="knownAt"/> (all when null).</summary>
    public async Task<(IReadOnlyList<IReadOnlyList<RecordedEvent>> Streams, long UpToSequence)> EventsAsync(DateTimeOffset? knownAt, CancellationToken ct)
    {
        var query = session.Events.QueryAllRawEvents();
        var events = knownAt is { } instant
            ? await query.Where(e => e.Timestamp <= instant).OrderBy(e => e.Sequence).ToListAsync(ct)
            : await query.OrderBy(e => e.Sequence).ToListAsync(ct);
        var streams = events
            .Where(e => e.Data is IPortfolioEvent)
            .GroupBy(e => e.StreamId)
            .Select(g => (IReadOnlyList<RecordedEvent>)g.Select(Recorded).ToList())
            .ToList();
        return (streams, events.Count == 0 ? 0 : events[^1].Sequence);
    }

    private async Task<(IReadOnlyList<SegmentPortfolio>, long)> KnownAtAsync(DateTimeOffset knownAt, CancellationToken ct)
    {
        var (streams, upTo) = await EventsAsync(knownAt, ct);
        var segments = new List<SegmentPortfolio>();
        foreach (var stream in streams)
        {
            SegmentPortfolio? segment = null;
            foreach (var e in stream) segment = PortfolioEvolution.Evolve(segment, e.Data);
            if (segment is not null) segments.Add(segment);
        }

        return (segments, upTo);
    }

    public static RecordedEvent Recorded(IEvent e) =>
        new(e.StreamId, e.Id, e.Sequence, e.Version, e.EventTypeName, e.Timestamp, e.UserName, e.Data);

    private static SegmentPortfolio AsOf(SegmentPortfolio segment, DateOnly asOf) =>
        segment.LatestEffectiveDate <= asOf ? segment : segment.AsOf(asOf);

    private static SegmentFigures FiguresOf(SegmentPortfolio segment) => new(segment.Id, segment.Name, segment.CurrentFigures());
}
