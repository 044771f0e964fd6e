using System.Net;
using Inventory.Api.Reviews;
using Inventory.Api.Tests.Infrastructure;
using Inventory.Api.Demo;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Reviews;

/// <summary>A review that says it is closed always opens with its pack: the demo's, and a real one whose frozen pack went missing.</summary>
public class ClosedReviewPackTests(AppFixture app)
{
    [Fact]
    public async Task the_demo_companys_closed_review_opens_as_json_and_as_a_printable_page()
    {
        var org = await app.Host.NewOrganizationAsync();
        var loadedAt = DateTimeOffset.UtcNow;
        (await DemoCompany.LoadAsync(app.Host.Services.GetRequiredService<IDocumentStore>(), org.Id, loadedAt)).ShouldBeTrue();

        var reviews = (await org.Admin.GetAsync("/api/reviews")).ShouldBe(HttpStatusCode.OK).Json["reviews"]!.AsArray();
        var closed = reviews.Single(r => r!["status"]!.GetValue<string>() == "closed")!;
        var id = closed["reviewId"]!.GetValue<Guid>();

        var view = (await org.Admin.GetAsync($"/api/reviews/{id}")).ShouldBe(HttpStatusCode.OK).Json;
        view["status"]!.GetValue<string>().ShouldBe("closed");
        // Closed when it was loaded, not at a date its events postdate.
        view["closedAt"]!.GetValue<DateTimeOffset>().ShouldBe(loadedAt);
        var pack = view["pack"]!;
        pack["currency"]!.GetValue<string>().ShouldBe("EUR");
        pack["closedBy"]!.GetValue<string>().ShouldBe(DemoCompany.User);
        // At the end of the reviewed quarter (the demo's fourth), all eight relationships were active: none retired, the panel started in month 10.
        pack["mix"]!["totalActive"]!.GetValue<int>().ShouldBe(8);
        pack["decisions"]!.AsArray().Count.ShouldBe(1);
        view["restated"]!.AsArray().ShouldBeEmpty();

        var page = (await org.Admin.GetAsync($"/api/reviews/{id}?format=html")).ShouldBe(HttpStatusCode.OK);
        page.ContentType.ShouldBe("text/html");
        page.Body.ShouldContain($"Review pack {closed["period"]!.GetValue<string>()}");
    }

    [Fact]
    public async Task a_closed_review_whose_frozen_pack_is_missing_shows_the_pack_as_known_when_its_closing_was_recorded()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Readers", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships", new
        {
            type = "selfService", name = "Web shop", channels = new[] { "web" }, monthlyFixedCost = "600", costPerInteraction = "0.05", effectiveDate = "2025-01-01",
        })).ShouldBe(HttpStatusCode.Created).Id("relationshipId");
        var usage = $"/api/segments/{segment}/relationships/{relationship}/usage";
        (await org.Admin.PostAsync(usage, new { month = "2025-01", interactions = 1000, customersReached = 100 })).ShouldBe(HttpStatusCode.OK);

        var review = (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q1" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        (await org.Admin.PostAsync($"/api/reviews/{review}/close", new { summary = "Fine" })).ShouldBe(HttpStatusCode.OK);
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(org.Id))
        {
            session.Delete<ReviewPack>(review);
            await session.SaveChangesAsync();
        }

        // A backdated correction recorded after the closing.
        (await org.Admin.PostAsync(usage, new { month = "2025-01", interactions = 1500, customersReached = 100 })).ShouldBe(HttpStatusCode.OK);

        var view = (await org.Admin.GetAsync($"/api/reviews/{review}")).ShouldBe(HttpStatusCode.OK).Json;
        view["status"]!.GetValue<string>().ShouldBe("closed");
        view["pack"]!["mix"]!["totalInteractions"]!.GetValue<long>().ShouldBe(1000);
        view["pack"]!["currency"]!.GetValue<string>().ShouldBe("EUR");
        view["restated"]!.AsArray().ShouldContain(r => r!["figure"]!.GetValue<string>() == "2025-Q1 total cost"
            && r["was"]!.GetValue<decimal>() == 1850m && r["now"]!.GetValue<decimal>() == 1875m);
        (await org.Admin.GetAsync($"/api/reviews/{review}?format=html")).ShouldBe(HttpStatusCode.OK);
    }
}
