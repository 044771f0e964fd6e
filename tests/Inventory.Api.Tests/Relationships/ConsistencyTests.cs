using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Relationships;

/// <summary>ETag / If-Match, idempotent replays, concurrent writers and time travel through the real host.</summary>
public class ConsistencyTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;
    private ApiClient Api => _org.Admin;
    private Guid _segment;
    private Guid _relationship;

    public async ValueTask InitializeAsync()
    {
        _org = await app.Host.NewOrganizationAsync("EUR");
        _segment = (await Api.PostAsync("/api/segments", new { name = "Home brewers", motivation = "retention", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created).Id("segmentId");
        _relationship = (await Api.PostAsync($"{Segment}/relationships", new
        {
            type = "selfService", name = "Web shop", channels = new[] { "web" }, monthlyFixedCost = "600.00", costPerInteraction = "0.05", effectiveDate = "2025-01-01",
        })).ShouldBe(HttpStatusCode.Created).Id("relationshipId");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Segment => $"/api/segments/{_segment}";
    private string Relationship => $"{Segment}/relationships/{_relationship}";

    private async Task<int> EventCountAsync()
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(_org.Id);
        return (await session.Events.FetchStreamAsync(_segment)).Count;
    }

    [Fact]
    public async Task a_command_with_the_current_etag_succeeds_and_one_with_a_stale_etag_gets_412()
    {
        var etag = (await Api.GetAsync(Segment)).ETag!;
        etag.ShouldBe("\"2\"");
        (await Api.PostAsync($"{Relationship}/usage", new { month = "2025-01", interactions = 5200, customersReached = 1900 }, ("If-Match", etag)))
            .ShouldBe(HttpStatusCode.OK).ETag.ShouldBe("\"3\"");

        var stale = (await Api.PostAsync($"{Relationship}/usage", new { month = "2025-02", interactions = 4800, customersReached = 1750 }, ("If-Match", etag)))
            .ShouldBe(HttpStatusCode.PreconditionFailed);
        stale.ContentType.ShouldBe("application/problem+json");
        (await EventCountAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task a_malformed_if_match_is_named()
    {
        (await Api.PostAsync($"{Relationship}/usage", new { month = "2025-01", interactions = 1, customersReached = 1 }, ("If-Match", "yesterday")))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("If-Match");
    }

    [Fact]
    public async Task a_replayed_idempotency_key_returns_the_first_answer_and_appends_nothing()
    {
        var first = (await Api.PostAsync($"{Relationship}/usage", new { month = "2025-03", interactions = 6100, customersReached = 2300 }, ("Idempotency-Key", "usage-2025-03")))
            .ShouldBe(HttpStatusCode.OK);
        var again = (await Api.PostAsync($"{Relationship}/usage", new { month = "2025-03", interactions = 6100, customersReached = 2300 }, ("Idempotency-Key", "usage-2025-03")))
            .ShouldBe(HttpStatusCode.OK);

        again.Body.ShouldBe(first.Body);
        again.ETag.ShouldBe(first.ETag);
        again.Headers["Idempotent-Replayed"].ShouldBe("true");
        (await EventCountAsync()).ShouldBe(3);

        (await Api.PostAsync($"{Relationship}/usage", new { month = "2025-04", interactions = 1, customersReached = 1 }, ("Idempotency-Key", "usage-2025-03")))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("Idempotency-Key");
    }

    [Fact]
    public async Task a_replayed_creation_returns_the_same_segment()
    {
        var body = new { name = "Offices", motivation = "acquisition", effectiveDate = "2025-01-01" };
        var first = (await Api.PostAsync("/api/segments", body, ("Idempotency-Key", "offices"))).ShouldBe(HttpStatusCode.Created);
        var again = (await Api.PostAsync("/api/segments", body, ("Idempotency-Key", "offices"))).ShouldBe(HttpStatusCode.Created);
        again.Id("segmentId").ShouldBe(first.Id("segmentId"));
        (await Api.GetAsync("/api/segments")).Json.AsArray().Count(s => s!["name"]!.GetValue<string>() == "Offices").ShouldBe(1);
    }

    [Fact]
    public async Task sixteen_parallel_writers_on_one_segment_lose_no_change()
    {
        var months = Enumerable.Range(1, 12).Select(m => $"2025-{m:D2}").Concat(Enumerable.Range(1, 4).Select(m => $"2026-{m:D2}")).ToArray();
        var answers = await Task.WhenAll(months.Select((month, i) =>
            Api.PostAsync($"{Relationship}/usage", new { month, interactions = 100 + i, customersReached = 10 + i })));

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.OK);
        answers.Select(a => a.Version).Order().ShouldBe(Enumerable.Range(3, 16).Select(v => (long)v));
        var usage = (await Api.GetAsync(Segment)).Json["relationships"]![0]!["usage"]!.AsArray();
        usage.Select(u => u!["month"]!.GetValue<string>()).ShouldBe(months);
        (await EventCountAsync()).ShouldBe(18);
    }

    [Fact]
    public async Task a_backdated_cost_revision_recorded_after_a_known_at_instant_is_not_seen_known_at_it()
    {
        (await Api.PostAsync($"{Relationship}/cost", new { monthlyFixedCost = 700, costPerInteraction = 0.05, effectiveDate = "2025-06-01", reason = "new hosting" }))
            .ShouldBe(HttpStatusCode.OK);
        var knownAt = DateTimeOffset.UtcNow;
        (await Api.PostAsync($"{Relationship}/cost", new { monthlyFixedCost = 650, costPerInteraction = 0.05, effectiveDate = "2025-03-01", reason = "invoice correction" }))
            .ShouldBe(HttpStatusCode.OK);

        var then = (await Api.GetAsync($"{Segment}?asOf=2025-04-15&knownAt={Uri.EscapeDataString(knownAt.ToString("O"))}"));
        then.ETag.ShouldBe("\"3\"");
        then.Json["relationships"]![0]!["cost"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(600m);
        var now = (await Api.GetAsync($"{Segment}?asOf=2025-04-15")).Json;
        now["relationships"]![0]!["cost"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(650m);
        now["relationships"]![0]!["cost"]!["reason"]!.GetValue<string>().ShouldBe("invoice correction");

        (await Api.GetAsync($"{Segment}?knownAt=2000-01-01T00:00:00Z")).ShouldBe(HttpStatusCode.OK).Json["status"]!.GetValue<string>().ShouldBe("notYetDefined");
    }
}
