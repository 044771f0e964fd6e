using Inventory.Api.Access;
using Inventory.Api.Database;
using Inventory.Api.Http;
using Inventory.Api.Segments;
using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Inventory.Api.Reports;

public sealed record CostBenefitAnswer(DateOnly AsOf, DateTimeOffset? KnownAt, long UpToSequence, string Source, decimal Threshold,
    IReadOnlyList<CostBenefitQuarter> Quarters, string Currency);

public static class CostBenefitEndpoint
{
    /// <summary>
    /// Per quarter, what each segment brought in against what its relationships cost: revenue, relationship cost, cost to
    /// serve, customers won, lost and kept, cost by motivation, the share serving the objective, and the flags
    /// (<c>threshold</c>, default 0.1, is how far the acquisition cost per new customer may rise before it is flagged).
    /// </summary>
    [WolverineGet("/api/reports/cost-benefit"), Authorize(Policy = Policies.Read)]
    [ProducesResponseType<CostBenefitAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(string? from, string? to, string? asOf, string? knownAt, string? threshold,
        IQuerySession session, ProjectionCatchUp catchUp, MonthlyFactsReader factsReader, TimeProvider clock, HttpContext http)
    {
        var fields = new RequestFields();
        var rise = CostBenefitLoader.Threshold(threshold, fields);
        var scope = await ReportScope.ReadAsync(session, http, clock, from, to, asOf, knownAt, fields);
        var (report, basis) = await CostBenefitLoader.LoadAsync(session, catchUp, factsReader, http, scope, rise);
        return ReportAnswer.Of(http, new CostBenefitAnswer(basis.AsOf, basis.KnownAt, basis.UpToSequence, basis.Source, rise, report.Quarters, scope.Organization.Currency),
            () => ToCsv(report), "cost-benefit");
    }

    /// <summary>One row per quarter for the organization (segmentId empty), then one per segment.</summary>
    private static Csv ToCsv(CostBenefitReport report)
    {
        var csv = new Csv("quarter", "segmentId", "segment", "objective", "revenue", "relationshipCost", "costToServe", "newCustomers", "lostCustomers",
            "openingCustomers", "closingCustomers", "retentionRate", "churnRate", "revenuePerCustomer", "acquisitionCost", "retentionCost",
            "boostingSalesCost", "unattributedCost", "acquisitionCostPerNewCustomer", "retentionCostPerRetainedCustomer", "objectiveAlignment", "flags");
        foreach (var q in report.Quarters)
        {
            csv.Row(q.Quarter, null, "(all segments)", null, q.Revenue, q.RelationshipCost, q.CostToServe, q.NewCustomers, q.LostCustomers);
            foreach (var s in q.Segments)
            {
                csv.Row(q.Quarter, s.SegmentId, s.Name, s.Objective, s.Revenue, s.RelationshipCost, s.CostToServe, s.NewCustomers, s.LostCustomers,
                    s.OpeningCustomers, s.ClosingCustomers, s.RetentionRate, s.ChurnRate, s.RevenuePerCustomer, s.CostByMotivation.Acquisition,
                    s.CostByMotivation.Retention, s.CostByMotivation.BoostingSales, s.CostByMotivation.Unattributed, s.AcquisitionCostPerNewCustomer,
                    s.RetentionCostPerRetainedCustomer, s.ObjectiveAlignment, string.Join(' ', s.Flags.Select(Names.Of)));
            }
        }

        return csv;
    }
}
