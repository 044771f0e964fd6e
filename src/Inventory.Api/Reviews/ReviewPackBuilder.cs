using Inventory.Api.Reports;
using Inventory.Domain.Figures;
using Inventory.Domain.Reports;
using Inventory.Domain.Reviews;
using Marten;
using Inventory.Api.Database;
using Inventory.Api.Access;
using Inventory.Api.Segments;

namespace Inventory.Api.Reviews;

/// <summary>
/// Puts a review's pack together from the reports, as of the period's last day and as known now, or as known at
/// <c>knownAt</c> (only the events recorded by then). The cost-benefit figures come from the cost-benefit report's loader.
/// </summary>
public sealed class ReviewPackBuilder(ProjectionCatchUp catchUp, MonthlyFactsReader factsReader)
{
    public async Task<ReviewPackContent> BuildAsync(IQuerySession session, HttpContext http, Review review, DateTimeOffset? closedAt, string? closedBy,
        DateTimeOffset? knownAt = null)
    {
        var organization = await CurrentOrganization.LoadAsync(session, http);
        var period = PeriodOf(review, organization);
        var trendFrom = period.Previous().Previous().Previous();
        var scope = new ReportScope(organization, Quarter.Range(trendFrom, period).ToList(), review.PeriodEnd, knownAt);
        var inputs = new ReportInputs(session, catchUp, factsReader);

        var (figures, basis) = await inputs.FiguresAsync(scope, http);
        var mix = MixReport.Build(scope.Quarters, figures);
        var (portfolios, _) = await inputs.PortfoliosAsync(scope, http);
        var gap = ExpectationGapReport.Build(review.PeriodEnd, portfolios);
        var (costBenefit, _) = await CostBenefitLoader.LoadAsync(session, catchUp, factsReader, http, scope);

        var since = await PreviousClosedPeriodEndAsync(session, review, http.RequestAborted) ?? review.PeriodStart.AddDays(-1);
        var (streams, _) = await inputs.EventsAsync(knownAt, http.RequestAborted);
        var changes = DiffReport.Build(since, review.PeriodEnd, streams);

        return new ReviewPackContent(review.Id, review.Period, review.PeriodStart, review.PeriodEnd, review.Title, closedAt, closedBy, review.Summary,
            basis.UpToSequence, mix.Quarters[^1], mix.Quarters, gap.Segments, since, changes.Segments,
            review.Factors, review.Objectives, review.Decisions, portfolios.ToDictionary(p => p.Id, p => p.Name), organization.Currency, costBenefit.Quarters);
    }

    /// <summary>
    /// A segment's cost-benefit of the review's quarter, as of the quarter's last day and as known now: what a decision
    /// recorded now is taken on. Null when the segment is not in that quarter (defined after it).
    /// </summary>
    public async Task<CostBenefitSegment?> SegmentCostBenefitAsync(IQuerySession session, HttpContext http, Organization organization, Review review, Guid segmentId)
    {
        var scope = new ReportScope(organization, [PeriodOf(review, organization)], review.PeriodEnd, null);
        var (report, _) = await CostBenefitLoader.LoadAsync(session, catchUp, factsReader, http, scope);
        return report.Quarters[0].Segments.FirstOrDefault(s => s.SegmentId == segmentId);
    }

    private static Quarter PeriodOf(Review review, Organization organization) =>
        Quarter.TryParse(review.Period, organization.FiscalYearStartMonth, out var period) ? period
            : throw new InvalidOperationException($"Review period {review.Period} does not parse");

    private static async Task<DateOnly?> PreviousClosedPeriodEndAsync(IQuerySession session, Review review, CancellationToken ct)
    {
        var closed = await session.Query<Review>().Where(r => r.PeriodEnd < review.PeriodStart && r.ClosedAt != null).ToListAsync(ct);
        return closed.Count == 0 ? null : closed.Max(r => r.PeriodEnd);
    }
}
