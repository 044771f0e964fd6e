using Microsoft.AspNetCore.Mvc;
using System.Globalization;
using Inventory.Api.Access;
using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;
using Inventory.Api.Database;
using Inventory.Api.Http;
using Inventory.Api.Segments;

namespace Inventory.Api.Reports;

public sealed record UsagePatternsAnswer(DateOnly AsOf, DateTimeOffset? KnownAt, long UpToSequence, string Source, decimal RiseThreshold,
    IReadOnlyList<UsageQuarter> Quarters, IReadOnlyList<CostPerInteractionRise> Rises, string Currency);

public static class UsagePatternsEndpoint
{
    /// <summary>Per type and quarter: segments using it, figures and change; types run together; cost-per-interaction rises above <c>threshold</c> (default 0.10).</summary>
    [WolverineGet("/api/reports/usage-patterns"), Authorize(Policy = Policies.Read)]
    [ProducesResponseType<UsagePatternsAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(string? from, string? to, string? asOf, string? knownAt, string? threshold,
        IQuerySession session, ProjectionCatchUp catchUp, MonthlyFactsReader factsReader, TimeProvider clock, HttpContext http)
    {
        var fields = new RequestFields();
        var rise = 0.10m;
        if (threshold is not null && (!decimal.TryParse(threshold, NumberStyles.Number, CultureInfo.InvariantCulture, out rise) || rise < 0 || rise > 100))
            fields.Error("threshold", Domain.Errors.ErrorCodes.OutOfRange, "threshold is a fraction from 0 to 100, e.g. 0.1 for 10 %", ("min", 0), ("max", 100));
        var scope = await ReportScope.ReadAsync(session, http, clock, from, to, asOf, knownAt, fields);
        var inputs = new ReportInputs(session, catchUp, factsReader);
        var (portfolios, basis) = await inputs.SegmentsAsync(scope, http);
        var figures = portfolios.Select(p => p.Figures()).ToList();

        var report = UsagePatternsReport.Build(scope.Quarters, figures, portfolios, rise);
        return ReportAnswer.Of(http, new UsagePatternsAnswer(basis.AsOf, basis.KnownAt, basis.UpToSequence, basis.Source, rise, report.Quarters, report.Rises, scope.Organization.Currency), () =>
        {
            var csv = new Csv("quarter", "type", "segments", "activeCount", "cost", "interactions", "customers", "costPerInteraction",
                "costPerCustomer", "costChange", "interactionsChange", "costPerInteractionChange");
            foreach (var q in report.Quarters)
            foreach (var t in q.Types)
            {
                csv.Row(q.Quarter, t.Type, t.Segments, t.ActiveCount, t.Cost, t.Interactions, t.Customers, t.CostPerInteraction, t.CostPerCustomer,
                    t.ChangeFromPreviousQuarter?.Cost, t.ChangeFromPreviousQuarter?.Interactions, t.ChangeFromPreviousQuarter?.CostPerInteraction);
            }

            return csv;
        }, "usage-patterns");
    }
}
