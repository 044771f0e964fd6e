using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Api.Tests.Scenarios;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>Two organizations with data: every read endpoint, with one's key, never returns, counts or reveals the other's.</summary>
public class TenantIsolationTests(AppFixture app)
{
    [Fact]
    public async Task no_read_endpoint_shows_another_organizations_data_and_its_ids_answer_404()
    {
        var a = await app.Host.NewOrganizationAsync();
        var run = new ScenarioRunner(a.Admin);
        await run.RunAsync(ScenarioRunner.Load("coffee-roaster.json"));
        var aReview = (await a.Admin.PostAsync("/api/reviews", new { period = "2025-Q1", title = "Alpha secret review" })).Id("reviewId");
        (await a.Admin.PostAsync($"/api/reviews/{aReview}/close", new { summary = "closed" })).ShouldBe(HttpStatusCode.OK);

        var b = await app.Host.NewOrganizationAsync();
        var bSegment = (await b.Admin.PostAsync("/api/segments", new { name = "Bravo only", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        (await b.Admin.PostAsync($"/api/segments/{bSegment}/relationships", new { type = "selfService", name = "Bravo shop", monthlyFixedCost = 10, effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created);

        var secrets = run.Segments.Values.Select(s => s.ToString())
            .Concat(run.Relationships.Values.Select(r => r.Relationship.ToString()))
            .Append(aReview.ToString())
            .Concat(["Home brewers", "Cafés and offices", "Caf\\u00E9s and offices", "Key account managers", "Web shop", "Alpha secret review", "CallCo", a.Id])
            .ToList();

        var endpoints = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/") == true
                        && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().ToList();
        endpoints.Count.ShouldBeGreaterThan(10);

        var home = run.Segment("home");
        var problems = new List<string>();
        foreach (var pattern in endpoints)
        {
            var urls = pattern.Contains("{id}")
                ? [pattern.Replace("{id}", pattern.StartsWith("/api/reviews") ? aReview.ToString() : home.ToString())]
                : new[] { pattern, pattern + "?from=2024-Q1&to=2026-Q4", pattern + "?from=2024-01-01&to=2026-12-31", pattern + "?asOf=2025-06-30" };
            foreach (var url in urls)
            {
                var answer = await b.Admin.GetAsync(url);
                if (pattern.Contains("{id}") && answer.Status != HttpStatusCode.NotFound) problems.Add($"{url}: {(int)answer.Status} instead of 404");
                if ((int)answer.Status >= 500) problems.Add($"{url}: {(int)answer.Status}");
                // An id the request itself names may be echoed in the 404; anything else of the other organization may not appear.
                foreach (var secret in secrets.Where(s => !url.Contains(s) && answer.Body.Contains(s, StringComparison.Ordinal)))
                    problems.Add($"{url} reveals '{secret}'");
            }
        }

        problems.ShouldBeEmpty();

        // Counts too: b's reports and audit count only b's own.
        (await b.Admin.GetAsync("/api/segments")).Json.AsArray().Count.ShouldBe(1);
        var mix = (await b.Admin.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1")).Json;
        mix["quarters"]![0]!["totalActive"]!.GetValue<int>().ShouldBe(1);
        mix["quarters"]![0]!["totalCost"]!.GetValue<decimal>().ShouldBe(30m);
        (await b.Admin.GetAsync("/api/audit")).Json["totalCount"]!.GetValue<long>().ShouldBe(2);
        (await b.Admin.GetAsync("/api/reviews")).Json["reviews"]!.AsArray().ShouldBeEmpty();
    }
}
