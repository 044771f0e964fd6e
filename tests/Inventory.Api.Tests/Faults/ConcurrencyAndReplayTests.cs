using System.Net;
using System.Text.Json;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Domain.Portfolio;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Faults;

public class ConcurrencyAndReplayTests(AppFixture app)
{
    private async Task<(TestOrganization Org, Guid Segment, Guid Relationship)> SegmentWithRelationshipAsync()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Busy", motivation = "retention", effectiveDate = "2015-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 100, costPerInteraction = 0.1, effectiveDate = "2015-01-01" })).Id("relationshipId");
        return (org, segment, relationship);
    }

    [Fact]
    public async Task thirty_two_writers_with_if_match_and_retry_lose_no_change_and_the_state_equals_a_replay()
    {
        var (org, segment, relationship) = await SegmentWithRelationshipAsync();
        var months = Enumerable.Range(0, 32).Select(i => new DateOnly(2020, 1, 1).AddMonths(i).ToString("yyyy-MM")).ToArray();
        var attempts = 0;

        await Task.WhenAll(months.Select(async (month, i) =>
        {
            while (true)
            {
                Interlocked.Increment(ref attempts);
                var etag = (await org.Admin.GetAsync($"/api/segments/{segment}")).ETag!;
                var answer = await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{relationship}/usage",
                    new { month, interactions = 1000 + i, customersReached = i }, ("If-Match", etag));
                if (answer.Status == HttpStatusCode.OK) return;
                answer.Status.ShouldBe(HttpStatusCode.PreconditionFailed, answer.Body);
            }
        }));

        TestContext.Current.TestOutputHelper?.WriteLine($"32 writers: {attempts} attempts, {attempts - 32} retried after 412");
        var view = (await org.Admin.GetAsync($"/api/segments/{segment}")).Json;
        view["relationships"]![0]!["usage"]!.AsArray().Select(u => u!["month"]!.GetValue<string>()).ShouldBe(months);

        // The stored decision state equals the events folded one by one.
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(org.Id);
        var events = await session.Events.FetchStreamAsync(segment);
        events.Count.ShouldBe(2 + 32);
        SegmentPortfolio? replayed = null;
        foreach (var e in events) replayed = PortfolioEvolution.EvolveDecisionState(replayed, e.Data);
        var stored = await session.LoadAsync<SegmentPortfolio>(segment);
        JsonSerializer.Serialize(stored).ShouldBe(JsonSerializer.Serialize(replayed));
    }

    [Fact]
    public async Task a_thousand_replayed_posts_with_their_keys_append_nothing_new()
    {
        var (org, segment, relationship) = await SegmentWithRelationshipAsync();
        var url = $"/api/segments/{segment}/relationships/{relationship}/usage";
        // 100 months that have all begun: usage of a month not yet begun is refused.
        var months = Enumerable.Range(0, 100).Select(i => new DateOnly(2015, 1, 1).AddMonths(i).ToString("yyyy-MM")).ToArray();
        var first = new Dictionary<string, string>();
        foreach (var month in months)
            first[month] = (await org.Admin.PostAsync(url, new { month, interactions = 5, customersReached = 1 }, ("Idempotency-Key", $"usage-{month}"))).ShouldBe(HttpStatusCode.OK).Body;

        var before = await CountAsync(org.Id, segment);
        var replays = months.SelectMany(m => Enumerable.Repeat(m, 10)).ToArray();
        var mismatched = 0;
        await Parallel.ForEachAsync(replays, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (month, _) =>
        {
            var answer = await org.Admin.PostAsync(url, new { month, interactions = 5, customersReached = 1 }, ("Idempotency-Key", $"usage-{month}"));
            if (answer.Status != HttpStatusCode.OK || answer.Body != first[month] || answer.Headers["Idempotent-Replayed"] != "true")
                Interlocked.Increment(ref mismatched);
        });

        TestContext.Current.TestOutputHelper?.WriteLine($"Idempotency: {replays.Length} replays, {mismatched} differing answers, {await CountAsync(org.Id, segment) - before} events appended");
        replays.Length.ShouldBe(1000);
        mismatched.ShouldBe(0);
        (await CountAsync(org.Id, segment)).ShouldBe(before);
    }

    private async Task<int> CountAsync(string organization, Guid segment)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(organization);
        return (await session.Events.FetchStreamAsync(segment)).Count;
    }
}
