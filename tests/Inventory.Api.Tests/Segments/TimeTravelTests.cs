using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Segments;

/// <summary>A segment asked of a time before it existed: shown as not yet defined, with nothing listed.</summary>
public class TimeTravelTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;
    private Guid _segment;
    private DateTimeOffset _beforeRecorded;

    public async ValueTask InitializeAsync()
    {
        _org = await app.Host.NewOrganizationAsync();
        _beforeRecorded = DateTimeOffset.UtcNow.AddSeconds(-1);
        _segment = (await _org.Admin.PostAsync("/api/segments", new { name = "Cyclists", motivation = "retention", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created).Id("segmentId");
        (await _org.Admin.PostAsync($"/api/segments/{_segment}/expectations", new { type = "communities", importance = 4, effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.OK);
        (await _org.Admin.PostAsync($"/api/segments/{_segment}/relationships", new
        {
            type = "communities", name = "Ride club", channels = new[] { "event" }, monthlyFixedCost = "300", costPerInteraction = "0", effectiveDate = "2025-01-01",
        })).ShouldBe(HttpStatusCode.Created);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("1990-01-01")]
    [InlineData("2024-12-31")]
    public async Task as_of_a_date_before_its_definition_the_segment_is_not_yet_defined_and_lists_nothing(string asOf)
    {
        var view = (await _org.Admin.GetAsync($"/api/segments/{_segment}?asOf={asOf}")).ShouldBe(HttpStatusCode.OK).Json;
        view["status"]!.GetValue<string>().ShouldBe("notYetDefined");
        view["name"]!.GetValue<string>().ShouldBe("Cyclists");
        view["definedOn"]!.GetValue<string>().ShouldBe("2025-01-01");
        view["asOf"]!.GetValue<string>().ShouldBe(asOf);
        view["objective"].ShouldBeNull();
        view["relationships"]!.AsArray().ShouldBeEmpty();
        view["expectations"]!.AsArray().ShouldBeEmpty();
        view["objectiveHistory"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task as_of_its_definition_day_it_is_active_with_its_relationship()
    {
        var view = (await _org.Admin.GetAsync($"/api/segments/{_segment}?asOf=2025-01-01")).ShouldBe(HttpStatusCode.OK).Json;
        view["status"]!.GetValue<string>().ShouldBe("active");
        view["relationships"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task as_known_at_an_instant_before_it_was_recorded_the_segment_is_not_yet_defined_and_lists_nothing()
    {
        foreach (var knownAt in new[] { "1990-01-01T00:00:00Z", _beforeRecorded.ToString("O") })
        {
            var view = (await _org.Admin.GetAsync($"/api/segments/{_segment}?knownAt={Uri.EscapeDataString(knownAt)}")).ShouldBe(HttpStatusCode.OK).Json;
            view["status"]!.GetValue<string>().ShouldBe("notYetDefined");
            view["relationships"]!.AsArray().ShouldBeEmpty();
            view["expectations"]!.AsArray().ShouldBeEmpty();
            view["knownAt"].ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task a_segment_that_never_existed_is_still_not_found()
    {
        (await _org.Admin.GetAsync($"/api/segments/{Guid.NewGuid()}?asOf=1990-01-01")).ShouldBe(HttpStatusCode.NotFound);
        (await _org.Admin.GetAsync($"/api/segments/{Guid.NewGuid()}?knownAt=1990-01-01T00:00:00Z")).ShouldBe(HttpStatusCode.NotFound);
    }
}
