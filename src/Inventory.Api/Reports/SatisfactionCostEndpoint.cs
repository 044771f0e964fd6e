using Inventory.Api.Access;
using Inventory.Domain.Reports;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Database;
using Inventory.Api.Segments;

namespace Inventory.Api.Reports;

public sealed record SatisfactionCostAnswer(DateOnly AsOf, DateTimeOffset? KnownAt, long UpToSequence, string Source, string From, string To,
    IReadOnlyList<SatisfactionCostLine> Types, IReadOnlyList<SatisfactionCostLine> Relationships, Domain.Reports.SatisfactionCostAnswer Answer, string Currency);

public static class SatisfactionCostEndpoint
{
    /// <summary>Satisfaction against cost per interaction over the quarters asked for, per type and relationship, with the best of each.</summary>
    [WolverineGet("/api/reports/satisfaction-cost"), Authorize(Policy = Policies.Read)]
    [ProducesResponseType<SatisfactionCostAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(string? from, string? to, string? asOf, string? knownAt,
        IQuerySession session, ProjectionCatchUp catchUp, MonthlyFactsReader factsReader, TimeProvider clock, HttpContext http)
    {
        var scope = await ReportScope.ReadAsync(session, http, clock, from, to, asOf, knownAt);
        var (portfolios, basis) = await new ReportInputs(session, catchUp, factsReader).SegmentsAsync(scope, http);
        var report = SatisfactionCostReport.Build(scope.Quarters, portfolios);
        return ReportAnswer.Of(http, new SatisfactionCostAnswer(basis.AsOf, basis.KnownAt, basis.UpToSequence, basis.Source, report.From, report.To,
            report.Types, report.Relationships, report.Answer, scope.Organization.Currency), () =>
        {
            var csv = new Csv("level", "key", "name", "segment", "type", "satisfaction", "responses", "cost", "interactions", "costPerInteraction");
            foreach (var l in report.Types) csv.Row("type", l.Key, l.Name, l.Segment, l.Type, l.Satisfaction, l.Responses, l.Cost, l.Interactions, l.CostPerInteraction);
            foreach (var l in report.Relationships) csv.Row("relationship", l.Key, l.Name, l.Segment, l.Type, l.Satisfaction, l.Responses, l.Cost, l.Interactions, l.CostPerInteraction);
            return csv;
        }, "satisfaction-cost");
    }
}
