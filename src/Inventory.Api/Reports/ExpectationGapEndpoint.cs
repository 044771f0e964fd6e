using Inventory.Api.Access;
using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Database;
using Inventory.Api.Segments;

namespace Inventory.Api.Reports;

public sealed record ExpectationGapAnswer(DateOnly AsOf, DateTimeOffset? KnownAt, long UpToSequence, string Source, IReadOnlyList<SegmentGap> Segments, string Currency);

public static class ExpectationGapEndpoint
{
    /// <summary>Per segment on the as-of date: expected types met and unmet, active types nobody asked for, and the gap score.</summary>
    [WolverineGet("/api/reports/expectation-gap"), Authorize(Policy = Policies.Read)]
    [ProducesResponseType<ExpectationGapAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(string? asOf, string? knownAt, IQuerySession session, ProjectionCatchUp catchUp, MonthlyFactsReader factsReader, TimeProvider clock, HttpContext http)
    {
        var scope = await ReportScope.ReadAsync(session, http, clock, null, null, asOf, knownAt);
        var (portfolios, basis) = await new ReportInputs(session, catchUp, factsReader).PortfoliosAsync(scope, http);
        var report = ExpectationGapReport.Build(scope.AsOf, portfolios);
        return ReportAnswer.Of(http, new ExpectationGapAnswer(basis.AsOf, basis.KnownAt, basis.UpToSequence, basis.Source, report.Segments, scope.Organization.Currency), () =>
        {
            var csv = new Csv("segmentId", "segment", "met", "unmet", "unrequested", "gapScore");
            foreach (var s in report.Segments)
            {
                csv.Row(s.SegmentId, s.Name, string.Join(' ', s.Met.Select(Names.Of)), string.Join(' ', s.Unmet.Select(Names.Of)),
                    string.Join(' ', s.Unrequested.Select(Names.Of)), s.GapScore);
            }

            return csv;
        }, "expectation-gap");
    }
}
