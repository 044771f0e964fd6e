using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reports;
using Inventory.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Database;
using Inventory.Api.Http;
using Inventory.Api.Segments;

namespace Inventory.Api.Reports;

public sealed record CostAnswer(DateOnly AsOf, DateTimeOffset? KnownAt, long UpToSequence, string Source, CostGrouping GroupBy, IReadOnlyList<CostQuarter> Quarters, string Currency);

public static class CostEndpoint
{
    /// <summary>Cost per quarter, fixed and variable, grouped by segment (default), type or relationship.</summary>
    [WolverineGet("/api/reports/cost"), Authorize(Policy = Policies.Read)]
    [ProducesResponseType<CostAnswer>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<IResult> Get(string? from, string? to, string? asOf, string? knownAt, [Vocabulary<CostGrouping>] string? groupBy,
        IQuerySession session, ProjectionCatchUp catchUp, MonthlyFactsReader factsReader, TimeProvider clock, HttpContext http)
    {
        var fields = new RequestFields();
        var grouping = fields.OptionalEnum<CostGrouping>(groupBy, "groupBy") ?? CostGrouping.Segment;
        var scope = await ReportScope.ReadAsync(session, http, clock, from, to, asOf, knownAt, fields);
        var inputs = new ReportInputs(session, catchUp, factsReader);

        IReadOnlyList<SegmentFigures> figures = [];
        IReadOnlyList<SegmentFacts> portfolios = [];
        ReportBasis basis;
        if (grouping == CostGrouping.Relationship) (portfolios, basis) = await inputs.SegmentsAsync(scope, http);
        else (figures, basis) = await inputs.FiguresAsync(scope, http);

        var report = CostReport.Build(scope.Quarters, grouping, figures, portfolios);
        return ReportAnswer.Of(http, new CostAnswer(basis.AsOf, basis.KnownAt, basis.UpToSequence, basis.Source, grouping, report.Quarters, scope.Organization.Currency), () =>
        {
            var csv = new Csv("quarter", "key", "name", "segment", "type", "fixedCost", "variableCost", "cost");
            foreach (var q in report.Quarters)
            foreach (var g in q.Groups)
                csv.Row(q.Quarter, g.Key, g.Name, g.Segment, g.Type, g.FixedCost, g.VariableCost, g.Cost);
            return csv;
        }, "cost");
    }
}
