using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Writes;

/// <summary>The write path under contention: without If-Match a command that loses the race reads again and decides again.</summary>
public class WritePathTests(AppFixture app)
{
    [Fact]
    public async Task thirty_two_writers_on_one_segment_without_if_match_all_succeed_and_lose_no_change()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Crowded", motivation = "retention", effectiveDate = "2015-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 100, costPerInteraction = 0.1, effectiveDate = "2015-01-01" })).Id("relationshipId");
        var months = Enumerable.Range(0, 32).Select(i => new DateOnly(2020, 1, 1).AddMonths(i).ToString("yyyy-MM")).ToArray();

        var answers = await Task.WhenAll(months.Select((month, i) =>
            org.Admin.PostAsync($"/api/segments/{segment}/relationships/{relationship}/usage", new { month, interactions = 100 + i, customersReached = i })));

        answers.Where(a => a.Status != HttpStatusCode.OK).Select(a => a.Body).ShouldBeEmpty();
        answers.Select(a => a.Version).Order().ShouldBe(Enumerable.Range(3, 32).Select(v => (long)v));
        answers.Select(a => a.ETag).Order().ShouldBe(Enumerable.Range(3, 32).Select(v => $"\"{v}\"").Order());
        var usage = (await org.Admin.GetAsync($"/api/segments/{segment}")).Json["relationships"]![0]!["usage"]!.AsArray();
        usage.Select(u => u!["month"]!.GetValue<string>()).ShouldBe(months);
    }

    [Fact]
    public async Task a_review_decision_applied_to_its_segment_appends_to_both_streams_with_the_decision_as_causation()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Riders", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var review = (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q2" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q2" })).ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("period");
        var decision = (await org.Admin.PostAsync($"/api/reviews/{review}/decisions",
            new { decision = "introduce", segmentId = segment, type = "communities", rationale = "riders meet" })).ShouldBe(HttpStatusCode.OK).Id("decisionId");

        var applied = (await org.Admin.PostAsync($"/api/reviews/{review}/decisions/{decision}/apply",
            new { effectiveDate = "2025-07-01", name = "Group rides", monthlyFixedCost = 250 })).ShouldBe(HttpStatusCode.OK);
        applied.ETag.ShouldBe("\"3\"");
        var relationship = applied.Id("relationshipId");
        var view = (await org.Admin.GetAsync($"/api/segments/{segment}")).ShouldBe(HttpStatusCode.OK);
        view.ETag.ShouldBe("\"2\"");
        view.Json["relationships"]!.AsArray().ShouldContain(r => r!["relationshipId"]!.GetValue<Guid>() == relationship);

        (await org.Admin.PostAsync($"/api/reviews/{review}/decisions/{decision}/apply", new { effectiveDate = "2025-07-01", monthlyFixedCost = 250 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("decisionId");
        (await org.Admin.PostAsync($"/api/reviews/{review}/decisions/{Guid.NewGuid()}/apply", new { effectiveDate = "2025-07-01" }))
            .ShouldBe(HttpStatusCode.NotFound);
    }
}
