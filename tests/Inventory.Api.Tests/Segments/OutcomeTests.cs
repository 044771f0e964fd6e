using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Segments;

/// <summary>Recording a segment's monthly outcomes and reading them back, through the real host.</summary>
public class OutcomeTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;
    private ApiClient Api => _org.Admin;
    private Guid _segment;

    public async ValueTask InitializeAsync()
    {
        _org = await app.Host.NewOrganizationAsync("EUR");
        _segment = (await Api.PostAsync("/api/segments", new { name = "Families", motivation = "boostingSales", effectiveDate = "2025-04-15" }))
            .ShouldBe(HttpStatusCode.Created).Id("segmentId");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Outcomes => $"/api/segments/{_segment}/outcomes";

    private static object Outcome(string month = "2025-05", object? revenue = null, object? newCustomers = null, object? lostCustomers = null, object? activeCustomers = null) =>
        new { month, revenue = revenue ?? "5200.00", newCustomers = newCustomers ?? 85, lostCustomers = lostCustomers ?? 5, activeCustomers = activeCustomers ?? 120 };

    [Fact]
    public async Task an_outcome_is_recorded_listed_by_month_and_replaced_by_a_later_one_for_the_same_month()
    {
        var first = (await Api.PostAsync(Outcomes, Outcome())).ShouldBe(HttpStatusCode.OK);
        first.Version.ShouldBe(2);
        first.ETag.ShouldBe("\"2\"");
        first.Json["segmentId"]!.GetValue<Guid>().ShouldBe(_segment);
        (await Api.PostAsync(Outcomes, Outcome("2025-04", "1200", 40, 0, 40))).ShouldBe(HttpStatusCode.OK);
        var beforeCorrection = (await Api.GetAsync($"/api/segments/{_segment}/history")).ShouldBe(HttpStatusCode.OK).Json.AsArray()[0]!["recordedAt"]!.GetValue<DateTimeOffset>();
        (await Api.PostAsync(Outcomes, Outcome("2025-05", "5000.5", 80, 6, 114))).ShouldBe(HttpStatusCode.OK);

        var listed = (await Api.GetAsync(Outcomes)).ShouldBe(HttpStatusCode.OK).Json["outcomes"]!.AsArray();
        listed.Select(o => o!["month"]!.GetValue<string>()).ShouldBe(["2025-04", "2025-05"]);
        listed[1]!["revenue"]!.GetValue<decimal>().ShouldBe(5000.5m);
        (listed[1]!["newCustomers"]!.GetValue<int>(), listed[1]!["lostCustomers"]!.GetValue<int>(), listed[1]!["activeCustomers"]!.GetValue<int>()).ShouldBe((80, 6, 114));

        // As known before the correction: the first figures; as of April: April only.
        var known = (await Api.GetAsync($"{Outcomes}?knownAt={Uri.EscapeDataString(beforeCorrection.ToString("O"))}")).ShouldBe(HttpStatusCode.OK).Json["outcomes"]!.AsArray();
        known.Single(o => o!["month"]!.GetValue<string>() == "2025-05")!["revenue"]!.GetValue<decimal>().ShouldBe(5200m);
        (await Api.GetAsync($"{Outcomes}?asOf=2025-04-30")).ShouldBe(HttpStatusCode.OK).Json["outcomes"]!.AsArray()
            .Select(o => o!["month"]!.GetValue<string>()).ShouldBe(["2025-04"]);

        // Every recording stays in the history, with a one-line summary.
        var history = (await Api.GetAsync($"/api/segments/{_segment}/history")).ShouldBe(HttpStatusCode.OK).Json.AsArray();
        history.Count(h => h!["eventType"]!.GetValue<string>() == "segment_outcome_recorded").ShouldBe(3);
        history[0]!["summary"]!.GetValue<string>().ShouldBe("Outcome 2025-05: revenue 5,000.50, 80 new customers, 6 lost customers, 114 active customers at month end");
        history[0]!["effectiveDate"]!.GetValue<string>().ShouldBe("2025-05-01");
    }

    [Fact]
    public async Task a_discontinued_segment_still_takes_outcomes()
    {
        (await Api.PostAsync($"/api/segments/{_segment}/discontinue", new { effectiveDate = "2025-09-01", reason = "closed" })).ShouldBe(HttpStatusCode.OK);
        (await Api.PostAsync(Outcomes, Outcome("2025-10", "300", 0, 10, 30))).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task only_editors_and_admins_record_outcomes_and_every_role_reads_them()
    {
        var viewer = await _org.ClientWithRoleAsync(Role.Viewer);
        var editor = await _org.ClientWithRoleAsync(Role.Editor);
        (await viewer.PostAsync(Outcomes, Outcome())).ShouldBe(HttpStatusCode.Forbidden);
        (await editor.PostAsync(Outcomes, Outcome())).ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync(Outcomes)).ShouldBe(HttpStatusCode.OK).Json["outcomes"]!.AsArray().Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("month")]
    [InlineData("revenue")]
    [InlineData("newCustomers")]
    [InlineData("lostCustomers")]
    [InlineData("activeCustomers")]
    public async Task a_missing_field_is_named_in_a_400(string field)
    {
        var body = new Dictionary<string, object?> { ["month"] = "2025-05", ["revenue"] = 1, ["newCustomers"] = 1, ["lostCustomers"] = 1, ["activeCustomers"] = 1 };
        body.Remove(field);
        (await Api.PostAsync(Outcomes, body)).ShouldBe(HttpStatusCode.BadRequest).ErrorFor(field);
    }

    [Fact]
    public async Task a_badly_written_month_or_number_is_named_in_a_400()
    {
        (await Api.PostAsync(Outcomes, Outcome("May 2025"))).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("month");
        (await Api.PostAsync(Outcomes, Outcome(revenue: "a lot"))).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("revenue");
        (await Api.PostAsync(Outcomes, Outcome(newCustomers: 1.5))).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("newCustomers");
    }

    [Theory]
    [InlineData("revenue", "-0.01", "negative")]
    [InlineData("revenue", "1000000000000.01", "above-maximum")]
    [InlineData("newCustomers", "-1", "negative")]
    [InlineData("lostCustomers", "-3", "negative")]
    [InlineData("activeCustomers", "2147483648", "above-maximum")]
    public async Task a_figure_out_of_bounds_is_named_in_a_422(string field, string value, string code)
    {
        var body = new Dictionary<string, object?> { ["month"] = "2025-05", ["revenue"] = "1", ["newCustomers"] = "1", ["lostCustomers"] = "1", ["activeCustomers"] = "1" };
        body[field] = value;
        var answer = (await Api.PostAsync(Outcomes, body)).ShouldBe(HttpStatusCode.UnprocessableEntity);
        answer.ErrorFor(field);
        answer.Json["code"]!.GetValue<string>().ShouldBe(code);
    }

    [Fact]
    public async Task a_month_ending_before_the_definition_or_not_yet_begun_is_refused_and_nothing_is_recorded()
    {
        var before = (await Api.PostAsync(Outcomes, Outcome("2025-03"))).ShouldBe(HttpStatusCode.UnprocessableEntity);
        before.ErrorFor("month");
        before.Json["code"]!.GetValue<string>().ShouldBe("month-before-segment-defined");
        // April ends after the definition date (2025-04-15): it is taken.
        (await Api.PostAsync(Outcomes, Outcome("2025-04"))).ShouldBe(HttpStatusCode.OK);

        var future = (await Api.PostAsync(Outcomes, Outcome("2199-01"))).ShouldBe(HttpStatusCode.UnprocessableEntity);
        future.Json["code"]!.GetValue<string>().ShouldBe("not-yet-begun");
        (await Api.GetAsync(Outcomes)).Json["outcomes"]!.AsArray().Select(o => o!["month"]!.GetValue<string>()).ShouldBe(["2025-04"]);
    }

    [Fact]
    public async Task an_unknown_segment_answers_404()
    {
        (await Api.PostAsync($"/api/segments/{Guid.NewGuid()}/outcomes", Outcome())).ShouldBe(HttpStatusCode.NotFound);
        (await Api.GetAsync($"/api/segments/{Guid.NewGuid()}/outcomes")).ShouldBe(HttpStatusCode.NotFound);
        (await Api.GetAsync($"{Outcomes}?asOf=someday")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("asOf");
    }
}
