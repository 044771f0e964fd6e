using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Api.Tests.Scenarios;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Reviews;

/// <summary>Two consecutive quarterly reviews of the coffee roaster, then a backdated correction: the first pack stays as it was and lists the restatement.</summary>
public class QuarterlyReviewTests(AppFixture app)
{
    [Fact]
    public async Task two_reviews_with_factors_an_objective_change_and_an_applied_decision_keep_their_packs_frozen()
    {
        var org = await app.Host.NewOrganizationAsync("EUR");
        var run = new ScenarioRunner(org.Admin);
        await run.RunAsync(ScenarioRunner.Load("coffee-roaster.json"));
        var reviewer = await org.ClientWithRoleAsync(Role.Reviewer);
        var (home, cafes, kam) = (run.Segment("home"), run.Segment("cafes"), run.Relationship("kam"));

        // First review: 2025-Q1.
        var first = (await reviewer.PostAsync("/api/reviews", new { period = "2025-Q1", title = "Q1 strategy review" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        (await reviewer.PostAsync("/api/reviews", new { period = "2025-Q1" })).ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("period");
        (await reviewer.PostAsync($"/api/reviews/{first}/factors",
            new { factor = "competitor", description = "A chain opened two cafés nearby", impact = "high", segmentIds = new[] { cafes } })).ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsync($"/api/reviews/{first}/factors", new { factor = "capability", description = "Roastery at capacity", impact = "medium" }))
            .ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsync($"/api/reviews/{first}/objectives",
            new { segmentId = home, motivation = "acquisition", rationale = "Home brewing is growing", effectiveDate = "2025-04-01" })).ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsync($"/api/reviews/{first}/objectives", new { segmentId = cafes, rationale = "Still about boosting sales" })).ShouldBe(HttpStatusCode.OK);
        var decision = (await reviewer.PostAsync($"/api/reviews/{first}/decisions",
            new { decision = "reduce", segmentId = cafes, relationshipId = kam, rationale = "Fewer visits to small accounts" })).ShouldBe(HttpStatusCode.OK).Id("decisionId");
        (await reviewer.PostAsync($"/api/reviews/{first}/decisions/{decision}/apply", new { effectiveDate = "2025-04-01", monthlyFixedCost = 3900, costPerInteraction = 12 }))
            .ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsync($"/api/reviews/{first}/decisions/{decision}/apply", new { effectiveDate = "2025-04-01", monthlyFixedCost = 3900, costPerInteraction = 12 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("decisionId");
        (await reviewer.PostAsync($"/api/reviews/{first}/close", new { summary = "Reduce key-account cost, push acquisition at home" })).ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsync($"/api/reviews/{first}/factors", new { factor = "regulation", description = "late", impact = "low" }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("reviewId");

        // The portfolio events carry the review (objective) and the decision (cost) as their causation.
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(org.Id))
        {
            var objective = (await session.Events.FetchStreamAsync(home)).Single(e => e.EventTypeName == "segment_objective_changed");
            objective.CausationId.ShouldBe(first.ToString());
            var revision = (await session.Events.FetchStreamAsync(cafes)).Last(e => e.EventTypeName == "cost_revised");
            revision.CausationId.ShouldBe(decision.ToString());
            revision.UserName.ShouldStartWith("reviewer");
        }

        var frozen = (await org.Admin.GetAsync($"/api/reviews/{first}")).ShouldBe(HttpStatusCode.OK).Json;
        frozen["status"]!.GetValue<string>().ShouldBe("closed");
        var selfService = frozen["pack"]!["mix"]!["types"]!.AsArray().Single(t => t!["type"]!.GetValue<string>() == "selfService")!;
        selfService["interactions"]!.GetValue<long>().ShouldBe(16300);
        selfService["cost"]!.GetValue<decimal>().ShouldBe(2615.00m);
        frozen["pack"]!["factors"]!.AsArray().Count.ShouldBe(2);
        frozen["pack"]!["decisions"]![0]!["appliedOn"]!.GetValue<string>().ShouldBe("2025-04-01");
        frozen["restated"]!.AsArray().ShouldBeEmpty();

        // Second review: 2025-Q2, its changes since the first review's period.
        var second = (await reviewer.PostAsync("/api/reviews", new { period = "2025-Q2" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        (await reviewer.PostAsync($"/api/reviews/{second}/factors", new { factor = "regulation", description = "Packaging levy from July", impact = "medium" }))
            .ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsync($"/api/reviews/{second}/decisions",
            new { decision = "keep", segmentId = cafes, relationshipId = run.Relationship("portal"), rationale = "Early but promising" })).ShouldBe(HttpStatusCode.OK);
        (await reviewer.PostAsync($"/api/reviews/{second}/close", new { })).ShouldBe(HttpStatusCode.OK);
        var secondPack = (await org.Admin.GetAsync($"/api/reviews/{second}")).Json["pack"]!;
        secondPack["changesSince"]!.GetValue<string>().ShouldBe("2025-03-31");
        var cafeChanges = secondPack["changes"]!.AsArray().Single(s => s!["segmentId"]!.GetValue<Guid>() == cafes)!;
        cafeChanges["established"]![0]!["name"]!.GetValue<string>().ShouldBe("Reorder portal with recommendations");
        cafeChanges["costsRevised"]![0]!["old"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(4200m);
        cafeChanges["costsRevised"]![0]!["new"]!["monthlyFixedCost"]!.GetValue<decimal>().ShouldBe(3900m);

        // A backdated correction of January's web shop usage, recorded after both reviews closed.
        (await org.Admin.PostAsync($"/api/segments/{home}/relationships/{run.Relationship("webshop")}/usage",
            new { month = "2025-01", interactions = 6200, customersReached = 1900 })).ShouldBe(HttpStatusCode.OK);

        var after = (await org.Admin.GetAsync($"/api/reviews/{first}")).Json;
        var stillFrozen = after["pack"]!["mix"]!["types"]!.AsArray().Single(t => t!["type"]!.GetValue<string>() == "selfService")!;
        stillFrozen["interactions"]!.GetValue<long>().ShouldBe(16300);
        stillFrozen["cost"]!.GetValue<decimal>().ShouldBe(2615.00m);
        var restated = after["restated"]!.AsArray();
        var interactions = restated.Single(r => r!["figure"]!.GetValue<string>() == "2025-Q1 selfService interactions")!;
        (interactions["was"]!.GetValue<decimal>(), interactions["now"]!.GetValue<decimal>()).ShouldBe((16300m, 17300m));
        var cost = restated.Single(r => r!["figure"]!.GetValue<string>() == "2025-Q1 selfService cost")!;
        (cost["was"]!.GetValue<decimal>(), cost["now"]!.GetValue<decimal>()).ShouldBe((2615.00m, 2665.00m));

        var list = (await org.Admin.GetAsync("/api/reviews")).Json["reviews"]!.AsArray();
        list.Select(r => (r!["period"]!.GetValue<string>(), r["status"]!.GetValue<string>())).ShouldBe([("2025-Q2", "closed"), ("2025-Q1", "closed")]);
        list.Last()!["decisionsApplied"]!.GetValue<int>().ShouldBe(1);

        var page = (await org.Admin.GetAsync($"/api/reviews/{first}?format=html")).ShouldBe(HttpStatusCode.OK);
        page.ContentType.ShouldBe("text/html");
        page.Body.ShouldContain("Restated since closing");
        page.Body.ShouldContain(System.Net.WebUtility.HtmlEncode("A chain opened two cafés nearby"));
        page.Body.ShouldContain("<link rel=\"stylesheet\" href=\"/app/pack.css\">"); // no inline style: the pages run under a strict CSP
        (await org.Admin.GetAsync("/app/pack.css")).ShouldBe(HttpStatusCode.OK).Body.ShouldContain("@media print");
    }

    [Fact]
    public async Task only_reviewers_and_admins_change_reviews_and_everybody_reads_them()
    {
        var org = await app.Host.NewOrganizationAsync();
        (await (await org.ClientWithRoleAsync(Role.Editor)).PostAsync("/api/reviews", new { period = "2025-Q3" })).ShouldBe(HttpStatusCode.Forbidden);
        var id = (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q3" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        (await (await org.ClientWithRoleAsync(Role.Viewer)).GetAsync($"/api/reviews/{id}")).ShouldBe(HttpStatusCode.OK);
        (await (await org.ClientWithRoleAsync(Role.Auditor)).GetAsync("/api/reviews")).ShouldBe(HttpStatusCode.OK);
        (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q9" })).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("period");
        (await org.Admin.PostAsync($"/api/reviews/{id}/factors", new { factor = "weather", description = "x", impact = "high" }))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("factor");
        (await org.Admin.PostAsync($"/api/reviews/{id}/factors", new { factor = "competitor", description = "x", impact = "high", segmentIds = new[] { Guid.NewGuid() } }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("segmentIds");
        (await org.Admin.GetAsync($"/api/reviews/{Guid.NewGuid()}")).ShouldBe(HttpStatusCode.NotFound);
    }
}
