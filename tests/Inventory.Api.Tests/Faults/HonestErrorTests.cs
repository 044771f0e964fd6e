using System.Net;
using System.Text;
using Inventory.Api.Tests.Infrastructure;

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
            $"{{\"type\":\"personal\",\"name\":\"Desk\",\"monthlyFixedCost\":1,\"effectiveDate\":\"2025-02-01\",\"{list}\":[null]}}");
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
        (await org.Admin.PostRawAsync($"/api/segments/{segment}/relationships", "{\"type\":\"personal\",\"name\":\"Desk\",\"channels\":[\"web\\u0000\"],\"monthlyFixedCost\":1,\"effectiveDate\":\"2025-02-01\"}"))
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
}
