using System.Net;
using System.Text.Json.Nodes;
using Inventory.Api.Access;
using Inventory.Api.Languages;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Reviews;

/// <summary>
/// A review weighs what a segment brings in against what its relationships cost: the pack shows the cost-benefit of the
/// four quarters up to the period's end, a decision to discontinue, reduce or expand keeps the figures it was taken on,
/// and a backdated outcome recorded after the closing is listed among the restated figures.
/// </summary>
public class ReviewCostBenefitTests(AppFixture app)
{
    /// <summary>
    /// Readers (objective retention, from 2025-01-01): one web shop serving retention, 600 a month and 0.05 an interaction,
    /// 1,000 interactions a month (650 a month, 1,950 in 2025-Q1); outcomes 2025-01 500 (+10 −2, 108 at month end),
    /// 2025-02 600 (+5 −3, 110), 2025-03 700 (+8 −4, 114): 1,800 in the quarter, so its relationships cost more than it
    /// brings in. No outcome before 2025-01: no opening customers.
    /// </summary>
    private static async Task<(ApiClient Reviewer, ApiClient Admin, Guid Segment, Guid Shop)> ReadersAsync(TestOrganization org)
    {
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Readers", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var shop = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships", new
        {
            type = "selfService", name = "Web shop", channels = new[] { "web" }, motivations = new[] { "retention" }, monthlyFixedCost = "600",
            costPerInteraction = "0.05", effectiveDate = "2025-01-01",
        })).ShouldBe(HttpStatusCode.Created).Id("relationshipId");
        foreach (var month in new[] { "2025-01", "2025-02", "2025-03" })
            (await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{shop}/usage", new { month, interactions = 1000, customersReached = 100 })).ShouldBe(HttpStatusCode.OK);
        await Outcome(org.Admin, segment, "2025-01", 500, 10, 2, 108);
        await Outcome(org.Admin, segment, "2025-02", 600, 5, 3, 110);
        await Outcome(org.Admin, segment, "2025-03", 700, 8, 4, 114);
        return (await org.ClientWithRoleAsync(Role.Reviewer), org.Admin, segment, shop);
    }

    private static async Task Outcome(ApiClient client, Guid segment, string month, decimal revenue, int won, int lost, int active) =>
        (await client.PostAsync($"/api/segments/{segment}/outcomes", new { month, revenue, newCustomers = won, lostCustomers = lost, activeCustomers = active }))
        .ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task the_pack_shows_each_segments_cost_benefit_at_the_periods_end_and_over_four_quarters_with_its_flags()
    {
        var org = await app.Host.NewOrganizationAsync("EUR");
        var (reviewer, _, segment, _) = await ReadersAsync(org);
        var review = (await reviewer.PostAsync("/api/reviews", new { period = "2025-Q1" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");

        var pack = (await reviewer.GetAsync($"/api/reviews/{review}")).ShouldBe(HttpStatusCode.OK).Json["pack"]!;
        var quarters = pack["costBenefit"]!.AsArray();
        quarters.Select(q => q!["quarter"]!.GetValue<string>()).ShouldBe(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"]);
        // A segment is listed from the quarter it was defined in.
        quarters.Take(3).ShouldAllBe(q => q!["segments"]!.AsArray().Count == 0);
        var end = quarters[3]!;
        end["revenue"]!.GetValue<decimal>().ShouldBe(1800m);
        end["relationshipCost"]!.GetValue<decimal>().ShouldBe(1950m);
        var readers = end["segments"]!.AsArray().ShouldHaveSingleItem()!;
        readers["segmentId"]!.GetValue<Guid>().ShouldBe(segment);
        readers["objective"]!.GetValue<string>().ShouldBe("retention");
        readers["revenue"]!.GetValue<decimal>().ShouldBe(1800m);
        readers["relationshipCost"]!.GetValue<decimal>().ShouldBe(1950m);
        readers["costToServe"]!.GetValue<decimal>().ShouldBe(1.0833m); // 1,950 / 1,800
        readers["newCustomers"]!.GetValue<long>().ShouldBe(23);
        readers["lostCustomers"]!.GetValue<long>().ShouldBe(9);
        readers["openingCustomers"].ShouldBeNull();
        readers["closingCustomers"]!.GetValue<long>().ShouldBe(114);
        readers["retentionRate"].ShouldBeNull();
        readers["revenuePerCustomer"]!.GetValue<decimal>().ShouldBe(15.79m); // 1,800 / 114
        readers["retentionCostPerRetainedCustomer"]!.GetValue<decimal>().ShouldBe(21.43m); // 1,950 / (114 − 23)
        readers["objectiveAlignment"]!.GetValue<decimal>().ShouldBe(1m);
        Flags(readers).ShouldBe(["costExceedsRevenue"]);

        foreach (var language in Texts.Supported)
        {
            var texts = Texts.For(language);
            var page = (await reviewer.GetAsync($"/api/reviews/{review}?format=html&lang={language}")).ShouldBe(HttpStatusCode.OK).Body;
            page.ShouldContain(System.Net.WebUtility.HtmlEncode(texts["pack.costBenefit.trend"]));
            page.ShouldContain(System.Net.WebUtility.HtmlEncode(texts["vocab.flag.costExceedsRevenue"]));
            page.ShouldContain(System.Net.WebUtility.HtmlEncode(texts.Formats.Money(1950m, "EUR")));
        }
    }

    [Fact]
    public async Task a_decision_keeps_the_figures_it_was_taken_on_and_a_backdated_outcome_after_closing_is_restated()
    {
        var org = await app.Host.NewOrganizationAsync("EUR");
        var (reviewer, admin, segment, shop) = await ReadersAsync(org);
        var review = (await reviewer.PostAsync("/api/reviews", new { period = "2025-Q1" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        var discontinue = (await reviewer.PostAsync($"/api/reviews/{review}/decisions",
            new { decision = "discontinueSegment", segmentId = segment, rationale = "Readers cost more than they bring in" })).ShouldBe(HttpStatusCode.OK).Id("decisionId");
        var keep = (await reviewer.PostAsync($"/api/reviews/{review}/decisions",
            new { decision = "keep", segmentId = segment, relationshipId = shop, rationale = "The shop stays while we decide" })).ShouldBe(HttpStatusCode.OK).Id("decisionId");

        // A correction before the closing: March brought in 1,000, not 700. The pack shows it; the decision keeps what it was taken on.
        await Outcome(admin, segment, "2025-03", 1000, 8, 4, 114);
        var reduce = (await reviewer.PostAsync($"/api/reviews/{review}/decisions",
            new { decision = "reduce", segmentId = segment, relationshipId = shop, rationale = "Trim the shop's hosting" })).ShouldBe(HttpStatusCode.OK).Id("decisionId");
        (await reviewer.PostAsync($"/api/reviews/{review}/close", new { summary = "Readers under watch" })).ShouldBe(HttpStatusCode.OK);

        var closed = (await reviewer.GetAsync($"/api/reviews/{review}")).ShouldBe(HttpStatusCode.OK).Json;
        var pack = closed["pack"]!;
        var readers = pack["costBenefit"]![3]!["segments"]![0]!;
        readers["revenue"]!.GetValue<decimal>().ShouldBe(2100m);
        readers["costToServe"]!.GetValue<decimal>().ShouldBe(0.9286m); // 1,950 / 2,100
        Flags(readers).ShouldBeEmpty();
        JsonNode Decision(Guid id) => pack["decisions"]!.AsArray().Single(d => d!["decisionId"]!.GetValue<Guid>() == id)!;
        var takenOn = Decision(discontinue)["takenOn"]!;
        takenOn["segmentId"]!.GetValue<Guid>().ShouldBe(segment);
        takenOn["revenue"]!.GetValue<decimal>().ShouldBe(1800m);
        takenOn["relationshipCost"]!.GetValue<decimal>().ShouldBe(1950m);
        takenOn["costToServe"]!.GetValue<decimal>().ShouldBe(1.0833m);
        Flags(takenOn).ShouldBe(["costExceedsRevenue"]);
        Decision(keep)["takenOn"].ShouldBeNull();
        Decision(reduce)["takenOn"]!["revenue"]!.GetValue<decimal>().ShouldBe(2100m);
        closed["restated"]!.AsArray().ShouldBeEmpty();

        // After the closing, a backdated outcome: March brought in 2,400.
        await Outcome(admin, segment, "2025-03", 2400, 8, 4, 114);
        var after = (await reviewer.GetAsync($"/api/reviews/{review}")).ShouldBe(HttpStatusCode.OK).Json;
        after["pack"]!["costBenefit"]![3]!["segments"]![0]!["revenue"]!.GetValue<decimal>().ShouldBe(2100m, "the frozen pack stays as it was");
        var restated = after["restated"]!.AsArray().ToDictionary(r => r!["figure"]!.GetValue<string>(), r => (Was: r!["was"]?.GetValue<decimal>(), Now: r["now"]?.GetValue<decimal>()));
        restated["2025-Q1 Readers revenue"].ShouldBe((2100m, 3500m));
        restated["2025-Q1 revenue"].ShouldBe((2100m, 3500m));
        restated["2025-Q1 Readers cost to serve"].ShouldBe((0.9286m, 0.5571m)); // 1,950 / 3,500
        restated["2025-Q1 Readers revenue per customer"].ShouldBe((18.42m, 30.70m)); // 2,100 / 114, 3,500 / 114
        restated.Keys.ShouldNotContain("2025-Q1 Readers relationship cost");
        restated.Keys.ShouldNotContain("2025-Q1 total cost");
        after["pack"]!["decisions"]!.AsArray().Single(d => d!["decisionId"]!.GetValue<Guid>() == discontinue)!["takenOn"]!["revenue"]!.GetValue<decimal>().ShouldBe(1800m);

        var es = Texts.For("es");
        var page = (await reviewer.GetAsync($"/api/reviews/{review}?format=html&lang=es")).ShouldBe(HttpStatusCode.OK).Body;
        page.ShouldContain($"T1 2025 Readers {es["pack.measure.costToServe"]}");
        page.ShouldContain(System.Net.WebUtility.HtmlEncode(es.Format("pack.takenOnFigures", ("revenue", es.Formats.Money(1800m, "EUR")),
            ("cost", es.Formats.Money(1950m, "EUR")), ("costToServe", es.Formats.Percent(1.0833m)))));
    }

    private static List<string> Flags(JsonNode line) => line["flags"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
}
