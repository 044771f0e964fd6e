using System.Net;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Api.Tests.Scenarios;

namespace Inventory.Api.Tests.Reports;

/// <summary>The reports other than the mix, on the coffee roaster's history (figures hand-checked from its steps).</summary>
public class ReportTests(CoffeeRoasterFixture coffee) : IClassFixture<CoffeeRoasterFixture>
{
    private ApiClient Api => coffee.Organization.Admin;

    [Fact]
    public async Task the_mix_comes_as_csv_with_a_header_row_when_asked()
    {
        var answer = (await Api.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1", ("Accept", "text/csv"))).ShouldBe(HttpStatusCode.OK);
        answer.ContentType.ShouldBe("text/csv");
        var lines = answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("quarter,segmentId,segment,type,activeCount,cost");
        lines.ShouldContain(l => l.StartsWith("2025-Q1,,(all segments),thirdParty,1,3403.94,"));
        lines.Length.ShouldBe(1 + 4 + 4);
    }

    [Fact]
    public async Task every_json_report_states_the_organizations_currency()
    {
        foreach (var report in new[] { "mix", "cost", "satisfaction-cost", "usage-patterns", "expectation-gap", "diff?from=2025-01-01&to=2025-06-30" })
            (await Api.GetAsync($"/api/reports/{report}")).ShouldBe(HttpStatusCode.OK).Json["currency"]!.GetValue<string>().ShouldBe("EUR", report);
    }

    [Fact]
    public async Task csv_reports_write_dates_and_instants_in_iso_8601()
    {
        var lines = (await Api.GetAsync("/api/reports/diff?from=2025-03-01&to=2025-06-30&format=csv")).ShouldBe(HttpStatusCode.OK).Body
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var revision = lines.First(l => l.Contains("Contract renewal with CallCo")).Split(',');
        revision[Array.IndexOf(header, "effectiveDate")].ShouldMatch(@"^2025-\d{2}-\d{2}$");
        revision[Array.IndexOf(header, "recordedAt")].ShouldMatch(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$");
    }

    [Fact]
    public async Task cost_splits_fixed_and_variable_per_type_and_per_relationship()
    {
        var byType = (await Api.GetAsync("/api/reports/cost?from=2025-Q1&to=2025-Q1&groupBy=type")).ShouldBe(HttpStatusCode.OK).Json;
        var thirdParty = byType["quarters"]![0]!["groups"]!.AsArray().Single(g => g!["key"]!.GetValue<string>() == "thirdParty")!;
        thirdParty["fixedCost"]!.GetValue<decimal>().ShouldBe(2541.94m);   // 900×22/31 + 900 + (15×900 + 16×1100)/31
        thirdParty["variableCost"]!.GetValue<decimal>().ShouldBe(862.00m); // 140×3.50 + 120×3.10
        byType["quarters"]![0]!["cost"]!.GetValue<decimal>().ShouldBe(22713.94m);

        var byRelationship = (await Api.GetAsync("/api/reports/cost?from=2025-Q2&to=2025-Q2&groupBy=relationship")).Json;
        var portal = byRelationship["quarters"]![0]!["groups"]!.AsArray().Single(g => g!["name"]!.GetValue<string>() == "Reorder portal with recommendations")!;
        portal["fixedCost"]!.GetValue<decimal>().ShouldBe(1893.33m);        // 800×11/30 + 800 + 800
        portal["variableCost"]!.GetValue<decimal>().ShouldBe(60.00m);       // 300×0.20

        var bySegment = (await Api.GetAsync("/api/reports/cost?from=2025-Q2&to=2025-Q2")).Json;
        bySegment["groupBy"]!.GetValue<string>().ShouldBe("segment");
        bySegment["quarters"]![0]!["groups"]!.AsArray().Single(g => g!["name"]!.GetValue<string>() == "Home brewers")!["cost"]!.GetValue<decimal>().ShouldBe(3150.00m);
    }

    [Fact]
    public async Task satisfaction_against_cost_names_the_best_and_the_cheapest()
    {
        var report = (await Api.GetAsync("/api/reports/satisfaction-cost?from=2025-Q1&to=2025-Q1")).ShouldBe(HttpStatusCode.OK).Json;
        var answer = report["answer"]!;
        answer["bestSatisfactionType"]!["type"]!.GetValue<string>().ShouldBe("communities");       // 88
        answer["lowestCostType"]!["type"]!.GetValue<string>().ShouldBe("selfService");            // 2615 / 16300
        answer["bestSatisfactionRelationship"]!["name"]!.GetValue<string>().ShouldBe("Brew club forum");
        answer["lowestCostRelationship"]!["name"]!.GetValue<string>().ShouldBe("Web shop and brewing guides");
        report["relationships"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "Outsourced equipment hotline")!["satisfaction"]!
            .GetValue<decimal>().ShouldBe(66.25m);
    }

    [Fact]
    public async Task usage_patterns_show_change_co_occurrence_and_rising_cost_per_interaction()
    {
        var report = (await Api.GetAsync("/api/reports/usage-patterns?from=2025-Q2&to=2025-Q2&threshold=0.1")).ShouldBe(HttpStatusCode.OK).Json;
        var q2 = report["quarters"]![0]!;
        var thirdParty = q2["types"]!.AsArray().Single(t => t!["type"]!.GetValue<string>() == "thirdParty")!;
        thirdParty["segments"]!.GetValue<int>().ShouldBe(1);
        thirdParty["changeFromPreviousQuarter"]!["cost"]!.GetValue<decimal>().ShouldBe(1379.00m - 3403.94m);
        thirdParty["changeFromPreviousQuarter"]!["interactions"]!.GetValue<long>().ShouldBe(90 - 260);
        // Cafés at the end of Q2: key account managers and the portal run together.
        q2["coOccurrence"]!.AsArray().ShouldContain(p => p!["types"]!.ToJsonString() == "[\"automatedServices\",\"dedicatedPersonalAssistance\"]");
        // The hotline went from 3403.94/260 = 13.0921 to 1379/90 = 15.3222 per interaction: +17 %.
        var rise = report["rises"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "Outsourced equipment hotline")!;
        rise["previous"]!.GetValue<decimal>().ShouldBe(13.0921m);
        rise["current"]!.GetValue<decimal>().ShouldBe(15.3222m);
    }

    [Fact]
    public async Task the_diff_names_each_change_and_the_event_it_comes_from()
    {
        var diff = (await Api.GetAsync("/api/reports/diff?from=2025-03-01&to=2025-06-30")).ShouldBe(HttpStatusCode.OK).Json;
        var cafes = diff["segments"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Cafés and offices")!;
        var revision = cafes["costsRevised"]![0]!;
        revision["old"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(900m);
        revision["new"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(1100m);
        revision["reason"]!.GetValue<string>().ShouldBe("Contract renewal with CallCo");
        revision["provenance"]!["eventType"]!.GetValue<string>().ShouldBe("cost_revised");
        revision["provenance"]!["user"]!.GetValue<string>().ShouldBe("first-admin");
        cafes["retired"]![0]!["name"]!.GetValue<string>().ShouldBe("Outsourced equipment hotline");
        cafes["established"]![0]!["name"]!.GetValue<string>().ShouldBe("Reorder portal with recommendations");
        // The club was established on 15 Feb, before the window: Home brewers has nothing to show.
        diff["segments"]!.AsArray().ShouldNotContain(s => s!["name"]!.GetValue<string>() == "Home brewers");
        var february = (await Api.GetAsync("/api/reports/diff?from=2025-02-01&to=2025-02-28")).Json;
        february["segments"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Home brewers")!["established"]![0]!["name"]!
            .GetValue<string>().ShouldBe("Brew club forum");
    }

    [Fact]
    public async Task as_of_a_date_the_mix_leaves_out_what_was_effective_later()
    {
        // As of 30 Apr the hotline's retirement (1 May) is not in effect: it counts as active at Q2's end.
        var mix = (await Api.GetAsync("/api/reports/mix?from=2025-Q2&to=2025-Q2&asOf=2025-04-30")).ShouldBe(HttpStatusCode.OK).Json;
        var q2 = mix["quarters"]![0]!;
        q2["types"]!.AsArray().Single(t => t!["type"]!.GetValue<string>() == "thirdParty")!["activeCount"]!.GetValue<int>().ShouldBe(1);
        mix["source"]!.GetValue<string>().ShouldBe("projection+asOf");
    }

    [Fact]
    public async Task bad_report_parameters_are_named()
    {
        (await Api.GetAsync("/api/reports/mix?from=2025-Q5&to=2025-Q1")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("from");
        (await Api.GetAsync("/api/reports/mix?from=2025-Q3&to=2025-Q1")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("from");
        (await Api.GetAsync("/api/reports/mix?from=1900-Q1&to=2025-Q1")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("to");
        (await Api.GetAsync("/api/reports/cost?groupBy=colour")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("groupBy");
        (await Api.GetAsync("/api/reports/usage-patterns?threshold=lots")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("threshold");
        (await Api.GetAsync("/api/reports/diff?from=2025-01-01")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("to");
        (await Api.GetAsync("/api/reports/expectation-gap?asOf=2025-02-30")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("asOf");
    }

    [Fact]
    public async Task the_answer_says_up_to_which_event_it_goes()
    {
        var mix = (await Api.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1")).Json;
        mix["upToSequence"]!.GetValue<long>().ShouldBeGreaterThan(0);
        mix["source"]!.GetValue<string>().ShouldBe("projection");
    }
}
