using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Relationships;

/// <summary>Every portfolio endpoint's success and failure answers, through the real host.</summary>
public class PortfolioCommandTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;
    private ApiClient Api => _org.Admin;
    private Guid _segment;

    public async ValueTask InitializeAsync()
    {
        _org = await app.Host.NewOrganizationAsync("EUR");
        _segment = (await Api.PostAsync("/api/segments", new { name = "Cafés", motivation = "boostingSales", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created).Id("segmentId");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Segment => $"/api/segments/{_segment}";

    private async Task<Guid> EstablishAsync(string type = "dedicatedPersonalAssistance", string effectiveDate = "2025-01-01", string? provider = null) =>
        (await Api.PostAsync($"{Segment}/relationships", new
        {
            type, name = "Key account managers", channels = new[] { "inPerson", "phone" }, phases = new[] { "afterPurchase" },
            motivations = new[] { "boostingSales" }, horizon = "longTerm", provider, monthlyFixedCost = "4200.00", costPerInteraction = "12.00",
            currency = "EUR", effectiveDate,
        })).ShouldBe(HttpStatusCode.Created).Id("relationshipId");

    [Fact]
    public async Task establishing_answers_201_with_the_relationship_id_and_location()
    {
        var answer = (await Api.PostAsync($"{Segment}/relationships", new
        {
            type = "selfService", name = "Web shop", channels = new[] { "web" }, phases = new[] { "duringPurchase" },
            motivations = new[] { "acquisition" }, horizon = "transactional", monthlyFixedCost = 600, costPerInteraction = 0.05, currency = "EUR",
            effectiveDate = "2025-01-01",
        })).ShouldBe(HttpStatusCode.Created);
        answer.Version.ShouldBe(2);
        answer.Headers["Location"].ShouldBe($"{Segment}/relationships/{answer.Id("relationshipId")}");
        answer.ETag.ShouldBe("\"2\"");
    }

    [Theory]
    [InlineData("type", "kindOfSupport")]
    [InlineData("channels", "pigeon")]
    [InlineData("phases", "whenever")]
    [InlineData("horizon", "forever")]
    [InlineData("effectiveDate", "2025-02-30")]
    public async Task an_unknown_value_is_named_in_a_400(string field, string value)
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = "selfService", ["name"] = "Web shop", ["channels"] = new[] { "web" }, ["phases"] = new[] { "duringPurchase" },
            ["horizon"] = "transactional", ["monthlyFixedCost"] = 600, ["costPerInteraction"] = 0.05, ["effectiveDate"] = "2025-01-01",
        };
        body[field] = field is "channels" or "phases" ? new[] { value } : value;
        // A list names the element at fault.
        (await Api.PostAsync($"{Segment}/relationships", body)).ShouldBe(HttpStatusCode.BadRequest).ErrorFor(field is "channels" or "phases" ? $"{field}[0]" : field);
    }

    [Fact]
    public async Task a_third_party_relationship_without_a_provider_is_refused()
    {
        var answer = (await Api.PostAsync($"{Segment}/relationships", new
        {
            type = "thirdParty", name = "Hotline", channels = new[] { "phone" }, monthlyFixedCost = 900, costPerInteraction = 3.5, effectiveDate = "2025-01-10",
        })).ShouldBe(HttpStatusCode.UnprocessableEntity);
        answer.ErrorFor("provider");
    }

    [Fact]
    public async Task negative_money_and_a_foreign_currency_are_refused()
    {
        (await Api.PostAsync($"{Segment}/relationships", new { type = "selfService", name = "Shop", monthlyFixedCost = -1, effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("monthlyFixedCost");
        (await Api.PostAsync($"{Segment}/relationships", new { type = "selfService", name = "Shop", monthlyFixedCost = 1, currency = "USD", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("currency");
        var id = await EstablishAsync();
        (await Api.PostAsync($"{Segment}/relationships/{id}/cost", new { monthlyFixedCost = 10, costPerInteraction = -0.01, effectiveDate = "2025-02-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("costPerInteraction");
    }

    [Fact]
    public async Task a_date_before_the_segment_existed_is_refused()
    {
        (await Api.PostAsync($"{Segment}/relationships", new { type = "selfService", name = "Shop", monthlyFixedCost = 1, effectiveDate = "2024-12-31" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("effectiveDate");
        (await Api.PostAsync($"{Segment}/expectations", new { type = "selfService", importance = 3, effectiveDate = "2024-12-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("effectiveDate");
    }

    [Fact]
    public async Task a_cost_revision_before_the_relationship_existed_is_refused_and_a_backdated_one_accepted()
    {
        var id = await EstablishAsync(effectiveDate: "2025-02-01");
        (await Api.PostAsync($"{Segment}/relationships/{id}/cost", new { monthlyFixedCost = 10, costPerInteraction = 1, effectiveDate = "2025-01-31", reason = "typo" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("effectiveDate");
        (await Api.PostAsync($"{Segment}/relationships/{id}/cost", new { monthlyFixedCost = 4000, costPerInteraction = 11, effectiveDate = "2025-02-01", reason = "negotiated" }))
            .ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task usage_and_satisfaction_outside_the_active_period_are_refused()
    {
        var id = await EstablishAsync(effectiveDate: "2025-02-15");
        (await Api.PostAsync($"{Segment}/relationships/{id}/usage", new { month = "2025-01", interactions = 5, customersReached = 2 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("month");
        (await Api.PostAsync($"{Segment}/relationships/{id}/usage", new { month = "2025-02", interactions = 5, customersReached = 2 }))
            .ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{Segment}/relationships/{id}/retire", new { effectiveDate = "2025-04-01", reason = "done" })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{Segment}/relationships/{id}/satisfaction", new { month = "2025-04", score = 80, responses = 3 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("month");
        (await Api.PostAsync($"{Segment}/relationships/{id}/satisfaction", new { month = "2025-03", score = 80, responses = 3 }))
            .ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task bad_figures_are_named()
    {
        var id = await EstablishAsync();
        (await Api.PostAsync($"{Segment}/relationships/{id}/usage", new { month = "2025-1", interactions = 5, customersReached = 2 }))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("month");
        (await Api.PostAsync($"{Segment}/relationships/{id}/usage", new { month = "2025-01", interactions = -5, customersReached = 2 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("interactions");
        (await Api.PostAsync($"{Segment}/relationships/{id}/satisfaction", new { month = "2025-01", score = 101, responses = 3 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("score");
        (await Api.PostAsync($"{Segment}/relationships/{id}/satisfaction", new { month = "2025-01", score = 70, responses = 0 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("responses");
        (await Api.PostRawAsync($"{Segment}/relationships/{id}/usage", "{\"month\":\"2025-01\",\"interactions\":\"many\",\"customersReached\":2}"))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("interactions");
        (await Api.PostRawAsync($"{Segment}/relationships/{id}/usage", "{\"month\":"))
            .ShouldBe(HttpStatusCode.BadRequest).ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task retiring_twice_and_changing_a_retired_relationship_are_refused()
    {
        var id = await EstablishAsync();
        (await Api.PostAsync($"{Segment}/relationships/{id}/retire", new { effectiveDate = "2025-06-01", reason = "moved in-house" })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{Segment}/relationships/{id}/retire", new { effectiveDate = "2025-07-01", reason = "again" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("relationshipId");
        (await Api.PostAsync($"{Segment}/relationships/{id}/adjust", new { channels = new[] { "email" }, effectiveDate = "2025-06-15" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("effectiveDate");
        (await Api.PostAsync($"{Segment}/relationships/{id}/cost", new { monthlyFixedCost = 1, costPerInteraction = 1, effectiveDate = "2025-06-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("effectiveDate");
        (await Api.PostAsync($"{Segment}/relationships/{id}/integrations", new { block = "keyResources", note = "CRM", effectiveDate = "2025-07-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("effectiveDate");
    }

    [Fact]
    public async Task adjusting_and_linking_change_the_relationship_from_their_date()
    {
        var id = await EstablishAsync();
        (await Api.PostAsync($"{Segment}/relationships/{id}/adjust", new { channels = new[] { "inPerson", "chat" }, owner = "Head of sales", effectiveDate = "2025-03-01", reason = "chat pilot" }))
            .ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{Segment}/relationships/{id}/integrations", new { block = "keyResources", note = "CRM licences", effectiveDate = "2025-03-01" }))
            .ShouldBe(HttpStatusCode.OK);

        var before = (await Api.GetAsync($"{Segment}?asOf=2025-02-28")).Json["relationships"]![0]!;
        before["channels"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["inPerson", "phone"]);
        before["integrations"]!.AsArray().ShouldBeEmpty();
        var after = (await Api.GetAsync($"{Segment}?asOf=2025-03-01")).Json["relationships"]![0]!;
        after["channels"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["inPerson", "chat"]);
        after["owner"]!.GetValue<string>().ShouldBe("Head of sales");
        after["integrations"]![0]!["block"]!.GetValue<string>().ShouldBe("keyResources");
    }

    [Fact]
    public async Task a_discontinued_segment_retires_its_relationships_and_takes_no_new_ones_until_reinstated()
    {
        var id = await EstablishAsync();
        (await Api.PostAsync($"{Segment}/discontinue", new { effectiveDate = "2025-09-30", reason = "not worth serving" })).ShouldBe(HttpStatusCode.OK);

        var segment = (await Api.GetAsync(Segment)).Json;
        segment["status"]!.GetValue<string>().ShouldBe("discontinued");
        segment["relationships"]![0]!["retiredOn"]!.GetValue<string>().ShouldBe("2025-09-30");
        (await Api.PostAsync($"{Segment}/relationships", new { type = "selfService", name = "Shop", monthlyFixedCost = 1, effectiveDate = "2025-10-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("segmentId");
        (await Api.PostAsync($"{Segment}/discontinue", new { effectiveDate = "2025-10-30" })).ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Api.PostAsync($"{Segment}/reinstate", new { effectiveDate = "2025-09-01" })).ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("effectiveDate");
        (await Api.PostAsync($"{Segment}/reinstate", new { effectiveDate = "2026-01-01", reason = "new strategy" })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{Segment}/relationships", new { type = "selfService", name = "Shop", monthlyFixedCost = 1, effectiveDate = "2026-01-01" }))
            .ShouldBe(HttpStatusCode.Created);
        id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task objectives_and_expectations_are_recorded_and_withdrawn()
    {
        (await Api.PostAsync($"{Segment}/objective", new { motivation = "retention", rationale = "Churn rose", effectiveDate = "2025-04-01" })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync($"{Segment}/objective", new { motivation = "retention", effectiveDate = "2025-04-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("rationale");
        (await Api.PostAsync($"{Segment}/expectations", new { type = "communities", importance = 6, effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("importance");
        (await Api.PostAsync($"{Segment}/expectations", new { type = "communities", importance = 4, effectiveDate = "2025-01-01" })).ShouldBe(HttpStatusCode.OK);
        (await Api.DeleteAsync($"{Segment}/expectations/communities?effectiveDate=2025-05-01&reason=no%20demand")).ShouldBe(HttpStatusCode.OK);
        (await Api.DeleteAsync($"{Segment}/expectations/communities?effectiveDate=2025-06-01")).ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("type");
        (await Api.DeleteAsync($"{Segment}/expectations/bogus?effectiveDate=2025-06-01")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("type");

        var april = (await Api.GetAsync($"{Segment}?asOf=2025-04-30")).Json;
        april["objective"]!["motivation"]!.GetValue<string>().ShouldBe("retention");
        april["expectations"]!.AsArray().Count.ShouldBe(1);
        (await Api.GetAsync($"{Segment}?asOf=2025-05-01")).Json["expectations"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task unknown_segments_and_relationships_answer_404()
    {
        (await Api.GetAsync($"/api/segments/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
        (await Api.PostAsync($"/api/segments/{Guid.NewGuid()}/objective", new { motivation = "retention", rationale = "x", effectiveDate = "2025-04-01" }))
            .ShouldBe(HttpStatusCode.NotFound);
        (await Api.PostAsync($"{Segment}/relationships/{Guid.NewGuid()}/usage", new { month = "2025-01", interactions = 1, customersReached = 1 }))
            .ShouldBe(HttpStatusCode.NotFound);
        (await Api.GetAsync("/api/segments/not-a-guid")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task bad_asOf_and_knownAt_are_named()
    {
        (await Api.GetAsync($"{Segment}?asOf=yesterday")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("asOf");
        (await Api.GetAsync($"{Segment}?knownAt=soon")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("knownAt");
    }
}
