using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reports;
using JasperFx.Events;
using Marten;
using Inventory.Api.Database;
using Inventory.Api.Segments;

namespace Inventory.Api.Reports;

/// <summary>
/// Where report figures come from, and up to which event they go: <see cref="UpToSequence"/> is a position among the
/// organization's own events (its n-th event), never the store's global sequence.
/// </summary>
public sealed record ReportBasis(DateOnly AsOf, DateTimeOffset? KnownAt, long UpToSequence, string Source);

/// <summary>
/// Loads what reports are built from. Known at an instant: only the events recorded by then, folded afresh. Otherwise
/// the inline projections: each segment's decision state (taken as of the as-of date when something in it is effective
/// later), the monthly rows of the months the report asks for, none starting after the as-of date, and the relationships'
/// dated rows (costs, attributes) of the days those months cover.
/// </summary>
public sealed class ReportInputs(IQuerySession session, ProjectionCatchUp catchUp, MonthlyFactsReader facts)
{
    /// <summary>The segments' portfolios only: for reports that need no monthly figures.</summary>
    public async Task<(IReadOnlyList<SegmentPortfolio> Portfolios, ReportBasis Basis)> PortfoliosAsync(ReportScope scope, HttpContext http)
    {
        if (scope.KnownAt is not null)
        {
            var (segments, basis) = await SegmentsAsync(scope, http);
            return (segments.Select(s => s.Portfolio).ToList(), basis);
        }

        var latest = await catchUp.Positions.LatestAsync(scope.Organization.Id, http.RequestAborted);
        var portfolios = await session.Query<SegmentPortfolio>().ToListAsync(http.RequestAborted);
        return (portfolios.Select(p => AsOf(p, scope.AsOf)).ToList(), new ReportBasis(scope.AsOf, null, latest, Source(portfolios, scope.AsOf)));
    }

    /// <summary>
    /// The segments with their monthly facts of the scope's quarters and the quarter before the first (reports compare
    /// a quarter with the previous one).
    /// </summary>
    public async Task<(IReadOnlyList<SegmentFacts> Segments, ReportBasis Basis)> SegmentsAsync(ReportScope scope, HttpContext http)
    {
        if (scope.KnownAt is { } knownAt)
        {
            var (streams, upTo) = await EventsAsync(knownAt, http.RequestAborted);
            var folded = streams.Select(s => SegmentFacts.Fold(s.Select(e => e.Data))).OfType<SegmentFacts>();
            return (folded.Select(s => s.AsOf(scope.AsOf)).ToList(), new ReportBasis(scope.AsOf, knownAt, upTo, "events"));
        }

        var latest = await catchUp.Positions.LatestAsync(scope.Organization.Id, http.RequestAborted);
        var portfolios = await session.Query<SegmentPortfolio>().ToListAsync(http.RequestAborted);
        var from = scope.Quarters[0].Previous().Months().First();
        var to = scope.Quarters[^1].Months().Last();
        if (YearMonth.Of(scope.AsOf) < to) to = YearMonth.Of(scope.AsOf);
        // The costs and attributes of the days the figures cover (none effective after the as-of date): those in effect
        // on the first day and those effective after it, never the whole history.
        var start = Min(from.FirstDay, scope.AsOf);
        var end = Min(scope.Quarters[^1].LastDay, scope.AsOf);
        var (months, dated) = await facts.ReadRangeAsync(scope.Organization.Id, from, to, portfolios, start, end, http.RequestAborted);
        var segments = portfolios.Select(p => new SegmentFacts(AsOf(p.WithDated(dated), scope.AsOf), months.GetValueOrDefault(p.Id) ?? new MonthlyFacts())).ToList();
        return (segments, new ReportBasis(scope.AsOf, null, latest, Source(portfolios, scope.AsOf)));
    }

    public async Task<(IReadOnlyList<SegmentFigures> Figures, ReportBasis Basis)> FiguresAsync(ReportScope scope, HttpContext http)
    {
        var (segments, basis) = await SegmentsAsync(scope, http);
        return (segments.Select(s => s.Figures()).ToList(), basis);
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

    /// <summary>The event with its <paramref name="position"/> among the organization's events in place of the global sequence.</summary>
    public static RecordedEvent Recorded(IEvent e, long position) =>
        new(e.StreamId, e.Id, position, e.Version, e.EventTypeName, e.Timestamp, e.UserName, e.Data);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static SegmentPortfolio AsOf(SegmentPortfolio segment, DateOnly asOf) =>
        segment.LatestEffectiveDate <= asOf ? segment : segment.AsOf(asOf);

    /// <summary>"projection", or "projection+asOf" when some portfolio had to be taken as of the date.</summary>
    private static string Source(IEnumerable<SegmentPortfolio> portfolios, DateOnly asOf) =>
        portfolios.Any(p => p.LatestEffectiveDate > asOf) ? "projection+asOf" : "projection";
}
