using Inventory.Api.Access;
using Inventory.Domain.Figures;
using Marten;
using Inventory.Api.Http;

namespace Inventory.Api.Reports;

/// <summary>What every report is asked for: a range of quarters, the date the portfolio is taken as of, and the instant it is known at.</summary>
public sealed record ReportScope(Organization Organization, IReadOnlyList<Quarter> Quarters, DateOnly AsOf, DateTimeOffset? KnownAt)
{
    public const int MaxQuarters = 200;

    public static async Task<ReportScope> ReadAsync(IQuerySession session, HttpContext http, TimeProvider clock,
        string? from, string? to, string? asOf, string? knownAt, RequestFields? fields = null)
    {
        fields ??= new RequestFields();
        var organization = await CurrentOrganization.LoadAsync(session, http);
        var fiscal = organization.FiscalYearStartMonth;
        var asOfDate = fields.OptionalDate(asOf, "asOf") ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var knownAtInstant = fields.OptionalInstant(knownAt, "knownAt");

        var toQuarter = fields.OptionalQuarter(to, "to", fiscal) ?? Quarter.Containing(asOfDate, fiscal);
        var fromQuarter = fields.OptionalQuarter(from, "from", fiscal) ?? QuarterBefore(toQuarter, 7);
        if (fromQuarter.CompareTo(toQuarter) > 0) fields.Error("from", Domain.Errors.ErrorCodes.FromAfterTo, "from must not be after to");
        else if (toQuarter.Index - fromQuarter.Index >= MaxQuarters) fields.Error("to", Domain.Errors.ErrorCodes.RangeTooLong, $"at most {MaxQuarters} quarters at once", ("max", MaxQuarters));
        fields.ThrowIfInvalid();

        return new ReportScope(organization, Quarter.Range(fromQuarter, toQuarter).ToList(), asOfDate, knownAtInstant);
    }

    private static Quarter QuarterBefore(Quarter quarter, int count)
    {
        for (var i = 0; i < count; i++) quarter = quarter.Previous();
        return quarter;
    }
}
