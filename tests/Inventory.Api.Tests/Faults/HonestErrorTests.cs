using System.Net;
using System.Text;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Faults;

/// <summary>Inputs a client can send that once answered 500: each is a 4xx problem document naming the field.</summary>
public class HonestErrorTests(AppFixture app)
{
    public static readonly TheoryData<string> AcceptHeaders = new() { "text/csv", "text/html", "application/xml", "text/plain", "*/*", "", "application/json" };

    private async Task<(TestOrganization Org, Guid Segment, Guid Relationship)> SetUpAsync()
    {
        var org = await app.Host.NewOrganizationAsync();
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Cafés", motivation = "retention", effectiveDate = "2025-01-01" })).Id("segmentId");
        var relationship = (await org.Admin.PostAsync($"/api/segments/{segment}/relationships",
            new { type = "selfService", name = "Shop", monthlyFixedCost = 100, costPerInteraction = 1, effectiveDate = "2025-01-01" })).Id("relationshipId");
        return (org, segment, relationship);
    }

    private static void ShouldBeProblem(Answer answer, HttpStatusCode status)
    {
        answer.Status.ShouldBe(status, answer.Body);
        answer.ContentType.ShouldBe("application/problem+json", answer.Body);
        var json = answer.Json;
        json["status"]!.GetValue<int>().ShouldBe((int)status);
        json["title"].ShouldNotBeNull();
    }

    [Theory]
    [InlineData("channels"), InlineData("phases"), InlineData("motivations")]
    public async Task a_null_inside_an_enum_list_is_refused_naming_the_element(string list)
    {
        var (org, segment, relationship) = await SetUpAsync();
        var establish = await org.Admin.PostRawAsync($"/api/segments/{segment}/relationships",
            $"{{\"type\":\"personalAssistance\",\"name\":\"Desk\",\"monthlyFixedCost\":1,\"effectiveDate\":\"2025-02-01\",\"{list}\":[null]}}");
        ShouldBeProblem(establish, HttpStatusCode.BadRequest);
        establish.ErrorFor($"{list}[0]");

        var adjust = await org.Admin.PostRawAsync($"/api/segments/{segment}/relationships/{relationship}/adjust",
            $"{{\"effectiveDate\":\"2025-02-01\",\"{list}\":[\"web\",null]}}".Replace("\"web\"", list == "channels" ? "\"web\"" : list == "phases" ? "\"awareness\"" : "\"retention\""));
        ShouldBeProblem(adjust, HttpStatusCode.BadRequest);
        adjust.ErrorFor($"{list}[1]");

        var review = (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q1" })).Id("reviewId");
        var decision = (await org.Admin.PostAsync($"/api/reviews/{review}/decisions",
            new { decision = "introduce", segmentId = segment, type = "communities", rationale = "why" })).Id("decisionId");
        var apply = await org.Admin.PostRawAsync($"/api/reviews/{review}/decisions/{decision}/apply",
            $"{{\"effectiveDate\":\"2025-04-01\",\"name\":\"Club\",\"monthlyFixedCost\":1,\"{list}\":[null]}}");
        ShouldBeProblem(apply, HttpStatusCode.BadRequest);
        apply.ErrorFor($"{list}[0]");
    }

    [Theory]
    [MemberData(nameof(AcceptHeaders))]
    public async Task every_error_is_a_problem_document_whatever_the_accept_header(string accept)
    {
        var (org, segment, _) = await SetUpAsync();
        (string, string)[] headers = accept.Length == 0 ? [] : [("Accept", accept)];

        ShouldBeProblem(await org.Admin.GetAsync("/api/segments/00000000-0000-0000-0000-000000000001", headers), HttpStatusCode.NotFound);
        ShouldBeProblem(await org.Admin.GetAsync($"/api/segments/{segment}?asOf=yesterday", headers), HttpStatusCode.BadRequest);
        ShouldBeProblem(await org.Admin.GetAsync("/api/reports/mix?from=2025-Q9", headers), HttpStatusCode.BadRequest);
        // A command answers JSON: under an Accept that excludes JSON it can't succeed, and says so with 406.
        var command = AcceptsJson(accept) ? HttpStatusCode.BadRequest : HttpStatusCode.NotAcceptable;
        ShouldBeProblem(await org.Admin.PostRawAsync("/api/segments", "{\"name\":", headers: headers), command);
        ShouldBeProblem(await org.Admin.PostRawAsync("/api/segments", "{\"name\":\"x\"}", headers: headers), command);
        ShouldBeProblem(await org.Admin.PostAsync($"/api/segments/{segment}/relationships/{Guid.NewGuid()}/retire", new { effectiveDate = "2025-06-01" }, headers),
            AcceptsJson(accept) ? HttpStatusCode.NotFound : HttpStatusCode.NotAcceptable);
        ShouldBeProblem(await org.Admin.GetAsync("/api/no-such-thing", headers), HttpStatusCode.NotFound);
        ShouldBeProblem(await org.Admin.DeleteAsync("/api/segments", headers), HttpStatusCode.MethodNotAllowed);
        ShouldBeProblem(await app.Host.Client("not-a-key").GetAsync("/api/segments", headers), HttpStatusCode.Unauthorized);
        var viewer = await org.ClientWithRoleAsync(Inventory.Api.Access.Role.Viewer);
        ShouldBeProblem(await viewer.PostAsync("/api/segments", new { name = "x", motivation = "retention", effectiveDate = "2025-01-01" }, headers), HttpStatusCode.Forbidden);
    }

    private static bool AcceptsJson(string accept) => accept is "" or "*/*" or "application/json";

    [Fact]
    public async Task a_nul_character_in_any_text_is_refused_naming_the_field()
    {
        var (org, segment, relationship) = await SetUpAsync();
        (await org.Admin.PostRawAsync("/api/segments", "{\"name\":\"Caf\\u0000\",\"motivation\":\"retention\",\"effectiveDate\":\"2025-01-01\"}"))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("name").ShouldContain("NUL");
        (await org.Admin.PostRawAsync($"/api/segments/{segment}/objective", "{\"motivation\":\"acquisition\",\"rationale\":\"a\\u0000b\",\"effectiveDate\":\"2025-02-01\"}"))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("rationale");
        (await org.Admin.PostRawAsync($"/api/segments/{segment}/relationships", "{\"type\":\"personalAssistance\",\"name\":\"Desk\",\"channels\":[\"web\\u0000\"],\"monthlyFixedCost\":1,\"effectiveDate\":\"2025-02-01\"}"))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("channels[0]");
        var review = (await org.Admin.PostAsync("/api/reviews", new { period = "2025-Q1" })).Id("reviewId");
        (await org.Admin.PostRawAsync($"/api/reviews/{review}/factors", "{\"factor\":\"competitor\",\"description\":\"\\u0000\",\"impact\":\"high\"}"))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("description");
        (await org.Admin.PostRawAsync("/api/keys", "{\"name\":\"k\\u0000\",\"role\":\"viewer\"}"))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("name");
        (await org.Admin.GetAsync($"/api/audit?user=a%00b"))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("user");
        (await org.Admin.GetAsync($"/api/segments/{segment}?asOf=2025-01-01%00"))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("asOf");

        var csv = "segmentId,relationshipId,effectiveDate,monthlyFixedCost,costPerInteraction,reason\n" + $"{segment},{relationship},2025-03-01,400,0.20,\"New\0tariff\"\n";
        var import = await org.Admin.SendAsync(HttpMethod.Post, "/api/imports?kind=cost", new StringContent(csv, Encoding.UTF8, "text/csv"));
        import.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, import.Body);
        import.ErrorFor("reason");

        var history = await org.Admin.GetAsync($"/api/segments/{segment}/history");
        history.Json.AsArray().Count.ShouldBe(2, "nothing was appended but the definition and the relationship");
    }

    private static Task<Answer> ImportAsync(ApiClient client, string kind, string csv) =>
        client.SendAsync(HttpMethod.Post, $"/api/imports?kind={kind}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private const string UsageHeader = "segmentId,relationshipId,month,interactions,customersReached\n";
    private const string CostHeader = "segmentId,relationshipId,effectiveDate,monthlyFixedCost,costPerInteraction,reason\n";

    [Fact]
    public async Task counts_and_amounts_beyond_ten_to_the_twelfth_are_refused_so_totals_never_overflow()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var r = $"/api/segments/{segment}/relationships/{relationship}";
        (await org.Admin.PostRawAsync($"{r}/cost", "{\"monthlyFixedCost\":79228162514264337593543950335,\"costPerInteraction\":1,\"effectiveDate\":\"2025-02-01\"}"))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("monthlyFixedCost").ShouldContain("10^12");
        (await org.Admin.PostRawAsync($"/api/segments/{segment}/relationships",
                "{\"type\":\"personalAssistance\",\"name\":\"Desk\",\"monthlyFixedCost\":1,\"costPerInteraction\":1000000000000.01,\"effectiveDate\":\"2025-02-01\"}"))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("costPerInteraction");
        (await org.Admin.PostRawAsync($"{r}/usage", "{\"month\":\"2025-02\",\"interactions\":9223372036854775807,\"customersReached\":1}"))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("interactions");
        (await org.Admin.PostRawAsync($"{r}/usage", "{\"month\":\"2025-02\",\"interactions\":1,\"customersReached\":1000000000001}"))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("customersReached");
        (await org.Admin.PostRawAsync($"{r}/satisfaction", "{\"month\":\"2025-02\",\"score\":50,\"responses\":9223372036854775807}"))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("responses");
        (await ImportAsync(org.Admin, "cost", CostHeader + $"{segment},{relationship},2025-03-01,79228162514264337593543950335,0.20,x\n"))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("monthlyFixedCost");
        (await ImportAsync(org.Admin, "usage", UsageHeader + $"{segment},{relationship},2025-03,9223372036854775807,1\n"))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("interactions");

        // At the bounds everything is exact: 10^12 interactions at 10^12 each.
        (await org.Admin.PostAsync($"{r}/cost", new { monthlyFixedCost = 1_000_000_000_000m, costPerInteraction = 1_000_000_000_000m, effectiveDate = "2025-02-01" }))
            .ShouldBe(HttpStatusCode.OK);
        (await org.Admin.PostAsync($"{r}/usage", new { month = "2025-02", interactions = 1_000_000_000_000L, customersReached = 1_000_000_000_000L }))
            .ShouldBe(HttpStatusCode.OK);
        var quarter = (await org.Admin.GetAsync("/api/reports/mix?from=2025-Q1&to=2025-Q1&asOf=2025-06-30")).ShouldBe(HttpStatusCode.OK).Json["quarters"]![0]!;
        quarter["totalInteractions"]!.GetValue<long>().ShouldBe(1_000_000_000_000L);
        quarter["totalVariableCost"]!.GetValue<decimal>().ShouldBe(1_000_000_000_000_000_000_000_000m);
        quarter["totalCost"]!.GetValue<decimal>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task dates_before_1900_or_after_2200_are_refused_with_the_range_everywhere()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var r = $"/api/segments/{segment}/relationships/{relationship}";
        (await org.Admin.PostAsync($"{r}/usage", new { month = "9999-12", interactions = 1, customersReached = 1 }))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("month").ShouldContain("1900-01-01");
        (await org.Admin.PostAsync("/api/segments", new { name = "Old", motivation = "retention", effectiveDate = "1899-12-31" }))
            .ShouldBe(HttpStatusCode.BadRequest).ErrorFor("effectiveDate").ShouldContain("2200-12-31");
        (await org.Admin.PostAsync($"{r}/retire", new { effectiveDate = "2201-01-01" })).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("effectiveDate");
        (await org.Admin.PostAsync("/api/reviews", new { period = "9998-Q4" })).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("period");
        (await org.Admin.GetAsync($"/api/segments/{segment}?asOf=0001-01-01")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("asOf");
        (await org.Admin.GetAsync($"/api/segments/{segment}?knownAt=0001-01-01T00:00:00Z")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("knownAt");
        foreach (var report in new[] { "mix", "cost", "usage-patterns", "satisfaction-cost", "expectation-gap" })
        {
            (await org.Admin.GetAsync($"/api/reports/{report}?asOf=0001-01-01")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("asOf");
            (await org.Admin.GetAsync($"/api/reports/{report}?knownAt=9999-12-31T00:00:00Z")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("knownAt");
        }

        (await org.Admin.GetAsync("/api/reports/mix?from=1899-Q4&to=2025-Q1")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("from");
        (await org.Admin.GetAsync("/api/reports/diff?from=0001-01-01&to=2025-01-01")).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("from");
        var audit = (await org.Admin.GetAsync("/api/audit?from=0001-01-01&to=9999-12-31")).ShouldBe(HttpStatusCode.BadRequest);
        audit.ErrorFor("from");
        audit.ErrorFor("to");
        (await ImportAsync(org.Admin, "usage", UsageHeader + $"{segment},{relationship},9999-12,1,1\n")).ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("month");
        (await ImportAsync(org.Admin, "cost", CostHeader + $"{segment},{relationship},0001-01-01,1,1,x\n")).ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("effectiveDate");
        (await org.Admin.GetAsync($"/api/segments/{segment}/history")).Json.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task usage_and_satisfaction_of_a_month_that_has_not_started_are_refused()
    {
        var (org, segment, relationship) = await SetUpAsync();
        var r = $"/api/segments/{segment}/relationships/{relationship}";
        var today = DateOnly.FromDateTime(app.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var thisMonth = today.ToString("yyyy-MM");
        var nextMonth = today.AddMonths(1).ToString("yyyy-MM");
        (await org.Admin.PostAsync($"{r}/usage", new { month = nextMonth, interactions = 1, customersReached = 1 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("month").ShouldContain("not started");
        (await org.Admin.PostAsync($"{r}/satisfaction", new { month = nextMonth, score = 50, responses = 1 }))
            .ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("month");
        (await ImportAsync(org.Admin, "usage", UsageHeader + $"{segment},{relationship},{nextMonth},1,1\n")).ShouldBe(HttpStatusCode.UnprocessableEntity).ErrorFor("month");
        (await org.Admin.PostAsync($"{r}/usage", new { month = thisMonth, interactions = 1, customersReached = 1 })).ShouldBe(HttpStatusCode.OK);
        (await org.Admin.PostAsync($"{r}/satisfaction", new { month = thisMonth, score = 50, responses = 1 })).ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("application/json", "{\"key\":\"x\"}")]
    [InlineData("text/plain", "key=x")]
    [InlineData("multipart/form-data", "key=x")]
    [InlineData("multipart/form-data; boundary=b", "not a multipart body")]
    public async Task signing_in_without_a_readable_form_is_a_problem_not_a_500(string? contentType, string? body)
    {
        using var http = app.Host.Alba.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType!);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeOneOf([400, 415], text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
    }
}
