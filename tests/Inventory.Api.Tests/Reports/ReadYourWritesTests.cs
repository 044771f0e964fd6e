using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Reports;

public class ReadYourWritesTests(AppFixture app)
{
    [Fact]
    public async Task a_report_asked_right_after_a_command_reflects_it()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Walk-ins", motivation = "acquisition", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "personalAssistance", name = "Counter", monthlyFixedCost = 1000, costPerInteraction = 1, effectiveDate = "2025-01-01" })).Id("relationshipId");

        for (var i = 1; i <= 3; i++)
        {
            (await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{relationship}/usage", new { month = "2025-01", interactions = i * 100, customersReached = i }))
                .ShouldBe(HttpStatusCode.OK);
            var mix = (await org.Admin.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1")).Json;
            mix["quarters"]![0]!["types"]![0]!["interactions"]!.GetValue<long>().ShouldBe(i * 100);
            mix["quarters"]![0]!["totalCost"]!.GetValue<decimal>().ShouldBe(3000m + i * 100);
        }
    }
}
