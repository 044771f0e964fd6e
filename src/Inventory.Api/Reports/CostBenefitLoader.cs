using System.Globalization;
using Inventory.Api.Database;
using Inventory.Api.Http;
using Inventory.Api.Segments;
using Inventory.Domain.Errors;
using Inventory.Domain.Reports;
using Marten;

namespace Inventory.Api.Reports;

/// <summary>
/// Builds the cost-benefit report of a scope (organization, quarters, as-of date, known-at instant) from the same inputs
/// as the other reports: the segments' portfolios and the monthly rows (usage and outcomes) of the asked quarters and
/// the quarter before the first, or, known at an instant, the events recorded by then. The review pack uses it too.
/// </summary>
public static class CostBenefitLoader
{
    public static async Task<(CostBenefitReport Report, ReportBasis Basis)> LoadAsync(IQuerySession session, ProjectionCatchUp catchUp,
        MonthlyFactsReader factsReader, HttpContext http, ReportScope scope, decimal threshold = CostBenefitReport.DefaultThreshold)
    {
        var (segments, basis) = await new ReportInputs(session, catchUp, factsReader).SegmentsAsync(scope, http);
        return (CostBenefitReport.Build(scope.Quarters, segments, scope.AsOf, threshold), basis);
    }

    public const decimal MaxThreshold = 100m;

    /// <summary>The <c>threshold</c> query value: a fraction from 0 to 100 (default 0.1); anything else is a field error.</summary>
    public static decimal Threshold(string? text, RequestFields fields)
    {
        if (text is null) return CostBenefitReport.DefaultThreshold;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var threshold) && threshold is >= 0 and <= MaxThreshold) return threshold;
        fields.Error("threshold", ErrorCodes.OutOfRange, "threshold is a fraction from 0 to 100, e.g. 0.1 for 10 %", ("min", 0), ("max", MaxThreshold));
        return CostBenefitReport.DefaultThreshold;
    }
}
