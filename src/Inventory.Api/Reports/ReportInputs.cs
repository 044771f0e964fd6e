using Inventory.Api.Projections;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reports;
using JasperFx.Events;
using Marten;

namespace Inventory.Api.Reports;

/// <summary>
/// Where report figures come from, and up to which event they go: <see cref="UpToSequence"/> is a position among the
/// organization's own events (its n-th event), never the store's global sequence.
/// </summary>
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

        var latest = await catchUp.Positions.LatestAsync(scope.Organization.Id, http.RequestAborted);
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

        var latest = await catchUp.Positions.LatestAsync(scope.Organization.Id, http.RequestAborted);
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

    /// <summary>
    /// Each segment's events, in recorded order, recorded up to <paramref name="knownAt"/> (all when null), and how many
    /// of the organization's events that is. Each event's sequence is its position among the organization's events.
    /// </summary>
    public async Task<(IReadOnlyList<IReadOnlyList<RecordedEvent>> Streams, long UpToSequence)> EventsAsync(DateTimeOffset? knownAt, CancellationToken ct)
    {
        // The organization's events only (the session's tenant), all of them: their order gives each its position.
        var events = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync(ct);
        var positioned = events.Select((e, i) => (Event: e, Position: i + 1L))
            .Where(p => knownAt is not { } instant || p.Event.Timestamp <= instant)
            .ToList();
        var streams = positioned
            .Where(p => p.Event.Data is IPortfolioEvent)
            .GroupBy(p => p.Event.StreamId)
            .Select(g => (IReadOnlyList<RecordedEvent>)g.Select(p => Recorded(p.Event, p.Position)).ToList())
            .ToList();
        return (streams, positioned.Count == 0 ? 0 : positioned[^1].Position);
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

    /// <summary>The event with its <paramref name="position"/> among the organization's events in place of the global sequence.</summary>
    public static RecordedEvent Recorded(IEvent e, long position) =>
        new(e.StreamId, e.Id, position, e.Version, e.EventTypeName, e.Timestamp, e.UserName, e.Data);

    private static SegmentPortfolio AsOf(SegmentPortfolio segment, DateOnly asOf) =>
        segment.LatestEffectiveDate <= asOf ? segment : segment.AsOf(asOf);

    private static SegmentFigures FiguresOf(SegmentPortfolio segment) => new(segment.Id, segment.Name, segment.CurrentFigures());
}
