using Inventory.Api.Access;
using Inventory.Domain.Reports;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Database;
using Inventory.Api.Segments;

namespace Inventory.Api.Reports;

public sealed record MixAnswer(DateOnly AsOf, DateTimeOffset? KnownAt, long UpToSequence, string Source, IReadOnlyList<MixQuarter> Quarters, string Currency);

public static class MixEndpoint
{
    /// <summary>The relationship mix per quarter: totals, per type and per segment × type.</summary>
    [WolverineGet("/api/reports/mix"), Authorize(Policy = Policies.Read)]
    [ProducesResponseType<MixAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(string? from, string? to, string? asOf, string? knownAt,
        IQuerySession session, ProjectionCatchUp catchUp, MonthlyFactsReader factsReader, TimeProvider clock, HttpContext http)
    {
        var scope = await ReportScope.ReadAsync(session, http, clock, from, to, asOf, knownAt);
        var (figures, basis) = await new ReportInputs(session, catchUp, factsReader).FiguresAsync(scope, http);
        var report = MixReport.Build(scope.Quarters, figures);
        return ReportAnswer.Of(http, new MixAnswer(basis.AsOf, basis.KnownAt, basis.UpToSequence, basis.Source, report.Quarters, scope.Organization.Currency), () => ToCsv(report), "mix");
    }

    private static Csv ToCsv(MixReport report)
    {
        var csv = new Csv("quarter", "segmentId", "segment", "type", "activeCount", "cost", "fixedCost", "variableCost", "interactions",
            "customers", "shareByCount", "shareByCost", "satisfaction", "costPerInteraction", "costPerCustomer");
        foreach (var quarter in report.Quarters)
        {
            foreach (var line in quarter.Types) Row(csv, quarter.Quarter, null, "(all segments)", line);
            foreach (var segment in quarter.Segments)
            foreach (var line in segment.Types)
                Row(csv, quarter.Quarter, segment.SegmentId, segment.Name, line);
        }

        return csv;
    }

    private static void Row(Csv csv, string quarter, Guid? segmentId, string segment, MixLine l) =>
        csv.Row(quarter, segmentId, segment, l.Type, l.ActiveCount, l.Cost, l.FixedCost, l.VariableCost, l.Interactions, l.Customers,
            l.ShareByCount, l.ShareByCost, l.Satisfaction, l.CostPerInteraction, l.CostPerCustomer);
}
