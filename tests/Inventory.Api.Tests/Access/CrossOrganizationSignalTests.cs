using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Access;

/// <summary>
/// No answer reveals a position in the store's global event sequence: organization B's reports, audit, history,
/// review pack and audit verification are identical before and after organization A writes.
/// </summary>
public class CrossOrganizationSignalTests(AppFixture app)
{
    [Fact]
    public async Task another_organizations_writes_change_nothing_in_our_answers_and_positions_count_our_own_events()
    {
        var a = await app.Host.NewOrganizationAsync();
        var b = await app.Host.NewOrganizationAsync();
        var (bSegment, _) = await WriteAsync(b.Admin, "B");
        // The current quarter: its review is not overdue, so no reminder writes to B while the test runs.
        var today = DateTime.UtcNow;
        var review = (await b.Admin.PostAsync("/api/reviews", new { period = $"{today.Year}-Q{(today.Month - 1) / 3 + 1}" }))
            .ShouldBe(HttpStatusCode.Created).Id("reviewId");
        (await b.Admin.GetAsync("/api/audit")).ShouldBe(HttpStatusCode.OK);
        (await b.Admin.PostAsync("/api/audit/checkpoints", null)).ShouldBe(HttpStatusCode.Created);

        string[] urls =
        [
            "/api/reports/mix?from=2025-Q1&to=2025-Q2&asOf=2025-06-30",
            "/api/reports/cost?from=2025-Q1&to=2025-Q2&asOf=2025-06-30",
            "/api/reports/usage-patterns?from=2025-Q1&to=2025-Q2&asOf=2025-06-30",
            "/api/reports/expectation-gap?asOf=2025-06-30",
            "/api/reports/satisfaction-cost?from=2025-Q1&to=2025-Q2&asOf=2025-06-30",
            "/api/reports/diff?from=2024-12-31&to=2025-06-30",
            "/api/reports/mix?from=2025-Q1&to=2025-Q2&asOf=2025-06-30&format=csv",
            "/api/reports/diff?from=2024-12-31&to=2025-06-30&format=csv",
            "/api/audit",
            "/api/audit?format=csv",
            $"/api/segments/{bSegment}/history",
            $"/api/reviews/{review}",
            $"/api/reviews/{review}?format=html",
            "/api/audit/verify",
        ];
        var before = new Dictionary<string, string>();
        foreach (var url in urls) before[url] = (await b.Admin.GetAsync(url)).ShouldBe(HttpStatusCode.OK).Body;

        for (var i = 0; i < 3; i++) await WriteAsync(a.Admin, $"A{i}");
        (await a.Admin.GetAsync("/api/audit")).ShouldBe(HttpStatusCode.OK); // A's writes are in the audit trail too

        foreach (var url in urls) (await b.Admin.GetAsync(url)).ShouldBe(HttpStatusCode.OK).Body.ShouldBe(before[url], url);

        // The positions count B's own events: B recorded 5 (segment, relationship, 2 usage months, review opened).
        var mix = (await b.Admin.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1")).Json;
        mix["upToSequence"]!.GetValue<long>().ShouldBe(5);
        var audit = (await b.Admin.GetAsync("/api/audit")).Json;
        audit["upToSequence"]!.GetValue<long>().ShouldBe(5);
        audit["entries"]!.AsArray().Select(e => e!["sequence"]!.GetValue<long>()).ShouldBe([5, 4, 3, 2, 1]);
        var history = (await b.Admin.GetAsync($"/api/segments/{bSegment}/history")).Json.AsArray();
        history.Select(e => e!["sequence"]!.GetValue<long>()).ShouldBe([4, 3, 2, 1]);
    }

    private static async Task<(Guid Segment, Guid Relationship)> WriteAsync(ApiClient client, string name)
    {
        var segment = (await client.PostAsync("/api/segments", new { name, motivation = "retention", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created).Id("segmentId");
        var relationship = (await client.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 300, costPerInteraction = "0.10", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created).Id("relationshipId");
        foreach (var month in new[] { "2025-01", "2025-02" })
        {
            (await client.PostAsync($"/api/segments/{segment}/relationships/{relationship}/usage", new { month, interactions = 1000, customersReached = 100 }))
                .ShouldBe(HttpStatusCode.OK);
        }

        return (segment, relationship);
    }
}
