using System.Net;
using System.Text.Json.Nodes;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Scenarios;

/// <summary>The worked example's steps, accepted in order through HTTP, and the portfolio read back.</summary>
public class CoffeeRoasterPortfolioTests(CoffeeRoasterFixture fixture) : IClassFixture<CoffeeRoasterFixture>
{
    private ScenarioRunner _run => fixture.Run;
    private TestOrganization _org => fixture.Organization;

    private async Task<JsonNode> SegmentAsync(string reference, string query = "") =>
        (await _org.Admin.GetAsync($"/api/segments/{_run.Segment(reference)}{query}")).ShouldBe(HttpStatusCode.OK).Json;

    private static JsonNode Relationship(JsonNode segment, string name) =>
        segment["relationships"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == name)!;

    [Fact]
    public async Task the_retired_hotline_shows_its_retirement_and_its_last_cost()
    {
        var hotline = Relationship(await SegmentAsync("cafes"), "Outsourced equipment hotline");

        hotline["status"]!.GetValue<string>().ShouldBe("retired");
        hotline["retiredOn"]!.GetValue<string>().ShouldBe("2025-05-01");
        hotline["retirementReason"]!.GetValue<string>().ShouldBe("Support moved in-house");
        hotline["provider"]!.GetValue<string>().ShouldBe("CallCo");
        hotline["cost"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(1100.00m);
        hotline["cost"]!["costPerInteraction"]!.GetValue<decimal>().ShouldBe(3.10m);
        hotline["cost"]!["effectiveDate"]!.GetValue<string>().ShouldBe("2025-03-16");
        hotline["costHistory"]!.AsArray().Count.ShouldBe(2);
        hotline["usage"]!.AsArray().Select(u => u!["month"]!.GetValue<string>()).ShouldBe(["2025-02", "2025-03", "2025-04"]);
        hotline["satisfaction"]!.AsArray().Select(s => s!["score"]!.GetValue<decimal>()).ShouldBe([64m, 70m]);
    }

    [Fact]
    public async Task usage_recorded_again_for_a_month_shows_the_replacing_figure()
    {
        var webshop = Relationship(await SegmentAsync("home"), "Web shop and brewing guides");
        var february = webshop["usage"]!.AsArray().Single(u => u!["month"]!.GetValue<string>() == "2025-02")!;
        february["interactions"]!.GetValue<long>().ShouldBe(5000);
        february["customersReached"]!.GetValue<long>().ShouldBe(1800);
        webshop["usage"]!.AsArray().Count.ShouldBe(3);
    }

    [Fact]
    public async Task the_cost_in_effect_follows_the_asOf_date()
    {
        var hotline = Relationship(await SegmentAsync("cafes", "?asOf=2025-03-15"), "Outsourced equipment hotline");
        hotline["status"]!.GetValue<string>().ShouldBe("active");
        hotline["cost"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(900.00m);
        hotline["usage"]!.AsArray().Select(u => u!["month"]!.GetValue<string>()).ShouldBe(["2025-02", "2025-03"]);

        var cafesBeforePortal = await SegmentAsync("cafes", "?asOf=2025-04-19");
        cafesBeforePortal["relationships"]!.AsArray().Select(r => r!["name"]!.GetValue<string>())
            .ShouldNotContain("Reorder portal with recommendations");
    }

    [Fact]
    public async Task known_at_the_mark_the_later_corrections_are_not_there()
    {
        var knownAt = Uri.EscapeDataString(_run.KnownAt("@afterQ1"));
        var home = await SegmentAsync("home", $"?knownAt={knownAt}");
        var february = Relationship(home, "Web shop and brewing guides")["usage"]!.AsArray()
            .Single(u => u!["month"]!.GetValue<string>() == "2025-02")!;
        february["interactions"]!.GetValue<long>().ShouldBe(4800);

        var cafes = await SegmentAsync("cafes", $"?knownAt={knownAt}");
        Relationship(cafes, "Outsourced equipment hotline")["status"]!.GetValue<string>().ShouldBe("active");
        cafes["relationships"]!.AsArray().Count.ShouldBe(2);
        Relationship(cafes, "Key account managers")["usage"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task the_expectations_and_objective_are_read_back()
    {
        var home = await SegmentAsync("home");
        home["objective"]!["motivation"]!.GetValue<string>().ShouldBe("retention");
        home["expectations"]!.AsArray().Select(e => (e!["type"]!.GetValue<string>(), e["importance"]!.GetValue<int>()))
            .ShouldBe([("communities", 4), ("selfService", 3)]);
    }

    [Fact]
    public async Task the_history_lists_every_change_newest_first_with_who_and_why()
    {
        var history = (await _org.Admin.GetAsync($"/api/segments/{_run.Segment("cafes")}/history")).ShouldBe(HttpStatusCode.OK).Json.AsArray();
        history.First()!["version"]!.GetValue<long>().ShouldBe(history.Count);
        history.Last()!["eventType"]!.GetValue<string>().ShouldBe("segment_defined");
        var revision = history.Single(h => h!["eventType"]!.GetValue<string>() == "cost_revised")!;
        revision["reason"]!.GetValue<string>().ShouldBe("Contract renewal with CallCo");
        revision["effectiveDate"]!.GetValue<string>().ShouldBe("2025-03-16");
        revision["user"]!.GetValue<string>().ShouldBe("first-admin");
        revision["recordedAt"].ShouldNotBeNull();
    }
}
