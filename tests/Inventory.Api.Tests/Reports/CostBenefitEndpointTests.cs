using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Reports;

/// <summary>The cost-benefit report's answer through HTTP: what it states, its CSV rows, its threshold, who may read it.</summary>
public class CostBenefitEndpointTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;
    private Guid _segment;

    public async ValueTask InitializeAsync()
    {
        _org = await app.Host.NewOrganizationAsync("BRL");
        _segment = (await _org.Admin.PostAsync("/api/segments", new { name = "Famílias", motivation = "boostingSales", effectiveDate = "2025-01-01" })).Id("segmentId");
        (await _org.Admin.PostAsync($"/api/segments/{_segment}/relationships", new
        {
            type = "automatedServices", name = "App", motivations = new[] { "acquisition" }, monthlyFixedCost = 1000, costPerInteraction = 0, effectiveDate = "2025-01-01",
        })).ShouldBe(HttpStatusCode.Created);
        (await _org.Admin.PostAsync($"/api/segments/{_segment}/outcomes", new { month = "2025-03", revenue = 2500, newCustomers = 10, lostCustomers = 0, activeCustomers = 10 }))
            .ShouldBe(HttpStatusCode.OK);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task the_answer_states_its_basis_currency_and_threshold_and_flags_the_quarter()
    {
        var viewer = await _org.ClientWithRoleAsync(Role.Viewer);
        var answer = (await viewer.GetAsync("/api/reports/cost-benefit?from=2025-Q1&to=2025-Q1&threshold=0.25")).ShouldBe(HttpStatusCode.OK).Json;
        answer["currency"]!.GetValue<string>().ShouldBe("BRL");
        answer["threshold"]!.GetValue<decimal>().ShouldBe(0.25m);
        answer["source"]!.GetValue<string>().ShouldStartWith("projection");
        var segment = answer["quarters"]![0]!["segments"]![0]!;
        segment["relationshipCost"]!.GetValue<decimal>().ShouldBe(3000m);
        // 3000 > 2500; all the money serves acquisition while the objective is boosting sales
        segment["flags"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["costExceedsRevenue", "misaligned"]);
        segment["costToServe"]!.GetValue<decimal>().ShouldBe(1.2m);
        segment["openingCustomers"].ShouldBeNull();
    }

    [Fact]
    public async Task as_csv_each_quarter_has_the_organizations_row_then_one_per_segment()
    {
        var csv = (await _org.Admin.GetAsync("/api/reports/cost-benefit?from=2025-Q1&to=2025-Q2&format=csv")).ShouldBe(HttpStatusCode.OK);
        csv.ContentType.ShouldBe("text/csv");
        var lines = csv.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        lines[0].ShouldStartWith("quarter,segmentId,segment,objective,revenue,relationshipCost,costToServe,newCustomers,lostCustomers,openingCustomers,closingCustomers");
        lines[0].ShouldEndWith(",objectiveAlignment,flags");
        lines.Length.ShouldBe(5);
        lines[1].ShouldStartWith("2025-Q1,,(all segments),,2500,3000,1.2,10,0");
        lines[2].ShouldStartWith($"2025-Q1,{_segment},Famílias,boostingSales,2500,3000,1.2,10,0,,10,");
        lines[2].ShouldEndWith(",0,costExceedsRevenue misaligned");
        // Q2 has no outcome: cost without revenue is not flagged as exceeding it, and the opening figure is March's.
        lines[4].ShouldStartWith($"2025-Q2,{_segment},Famílias,boostingSales,0,3000,,0,0,10,,");
        lines[4].ShouldEndWith(",0,misaligned");
    }

    [Theory]
    [InlineData("threshold=-0.1", "threshold")]
    [InlineData("threshold=ten", "threshold")]
    [InlineData("threshold=101", "threshold")]
    [InlineData("from=2025-Q5", "from")]
    [InlineData("knownAt=yesterday", "knownAt")]
    public async Task a_bad_query_value_is_named_in_a_400(string query, string field) =>
        (await _org.Admin.GetAsync($"/api/reports/cost-benefit?{query}")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor(field);
}
