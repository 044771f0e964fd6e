using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Access;

/// <summary>The README's role matrix, checked on every endpoint the host maps, for every role.</summary>
public class RoleMatrixTests(AppFixture app)
{
    /// <summary>Which policy each endpoint needs (see the README's table): read, edit, review, audit, administer.</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["GET /api/segments"] = Policies.Read,
        ["POST /api/segments"] = Policies.Edit,
        ["GET /api/segments/{id}"] = Policies.Read,
        ["GET /api/segments/{id}/history"] = Policies.Read,
        ["POST /api/segments/{id}/outcomes"] = Policies.Edit,
        ["GET /api/segments/{id}/outcomes"] = Policies.Read,
        ["POST /api/segments/{id}/objective"] = Policies.Edit,
        ["POST /api/segments/{id}/expectations"] = Policies.Edit,
        ["DELETE /api/segments/{id}/expectations/{type}"] = Policies.Edit,
        ["POST /api/segments/{id}/discontinue"] = Policies.Edit,
        ["POST /api/segments/{id}/reinstate"] = Policies.Edit,
        ["POST /api/segments/{id}/relationships"] = Policies.Edit,
        ["POST /api/segments/{id}/relationships/{rid}/adjust"] = Policies.Edit,
        ["POST /api/segments/{id}/relationships/{rid}/integrations"] = Policies.Edit,
        ["POST /api/segments/{id}/relationships/{rid}/cost"] = Policies.Edit,
        ["POST /api/segments/{id}/relationships/{rid}/usage"] = Policies.Edit,
        ["POST /api/segments/{id}/relationships/{rid}/satisfaction"] = Policies.Edit,
        ["POST /api/segments/{id}/relationships/{rid}/retire"] = Policies.Edit,
        ["GET /api/reports/mix"] = Policies.Read,
        ["GET /api/reports/cost"] = Policies.Read,
        ["GET /api/reports/usage-patterns"] = Policies.Read,
        ["GET /api/reports/expectation-gap"] = Policies.Read,
        ["GET /api/reports/satisfaction-cost"] = Policies.Read,
        ["GET /api/reports/diff"] = Policies.Read,
        ["GET /api/reports/cost-benefit"] = Policies.Read,
        ["GET /api/audit"] = Policies.Audit,
        ["GET /api/audit/verify"] = Policies.Audit,
        ["POST /api/audit/checkpoints"] = Policies.Audit,
        ["POST /api/keys"] = Policies.Administer,
        ["GET /api/keys"] = Policies.Administer,
        ["DELETE /api/keys/{id}"] = Policies.Administer,
        ["GET /api/me"] = Policies.Read,
        ["POST /api/imports"] = Policies.Edit,
        ["GET /api/reviews"] = Policies.Read,
        ["GET /api/reviews/{id}"] = Policies.Read,
        ["POST /api/reviews"] = Policies.Review,
        ["POST /api/reviews/{id}/factors"] = Policies.Review,
        ["POST /api/reviews/{id}/objectives"] = Policies.Review,
        ["POST /api/reviews/{id}/decisions"] = Policies.Review,
        ["POST /api/reviews/{id}/decisions/{did}/apply"] = Policies.Review,
        ["POST /api/reviews/{id}/close"] = Policies.Review,
    };

    private static readonly Dictionary<string, Role[]> Allowed = new()
    {
        [Policies.Read] = Enum.GetValues<Role>(),
        [Policies.Edit] = [Role.Editor, Role.Admin],
        [Policies.Review] = [Role.Reviewer, Role.Admin],
        [Policies.Audit] = [Role.Auditor, Role.Admin],
        [Policies.Administer] = [Role.Admin],
    };

    private IReadOnlyList<string> MappedApiEndpoints() =>
        app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Distinct().Order().ToList();

    /// <summary>For the operator's key only (see OperatorEndpointTests): no organization role reaches them.</summary>
    private static readonly HashSet<string> OperatorOnly = ["GET /api/cluster/node"];

    [Fact]
    public void every_api_endpoint_has_a_place_in_the_matrix() =>
        MappedApiEndpoints().Where(e => !Expected.ContainsKey(e) && !OperatorOnly.Contains(e))
            .ShouldBeEmpty("endpoints missing from the role matrix (README and this test)");

    [Fact]
    public async Task every_role_is_refused_exactly_the_endpoints_the_matrix_forbids()
    {
        var org = await app.Host.NewOrganizationAsync();
        var clients = new Dictionary<Role, ApiClient>();
        foreach (var role in Enum.GetValues<Role>()) clients[role] = await org.ClientWithRoleAsync(role);

        var wrong = new List<string>();
        foreach (var endpoint in MappedApiEndpoints().Where(e => !OperatorOnly.Contains(e)))
        {
            var method = endpoint.Split(' ')[0];
            var url = endpoint.Split(' ')[1].Replace("{id}", Guid.NewGuid().ToString()).Replace("{rid}", Guid.NewGuid().ToString()).Replace("{did}", Guid.NewGuid().ToString()).Replace("{type}", "selfService");
            foreach (var (role, client) in clients)
            {
                var answer = await client.SendAsync(new HttpMethod(method), url,
                    method == "GET" || method == "DELETE" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
                var allowed = Allowed[Expected[endpoint]].Contains(role);
                if (answer.Status == HttpStatusCode.Unauthorized || (answer.Status == HttpStatusCode.Forbidden) == allowed)
                    wrong.Add($"{endpoint} as {role}: {(int)answer.Status}");
                if ((int)answer.Status >= 500) wrong.Add($"{endpoint} as {role}: {(int)answer.Status} {answer.Body}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    /// <summary>
    /// Chosen: a reviewer applying a recorded review decision issues the portfolio command the decision names (here
    /// discontinuing a segment), without editor rights; the change carries the decision as its causation. The same
    /// reviewer can't issue that command directly.
    /// </summary>
    [Fact]
    public async Task a_reviewer_applies_a_review_decision_as_a_portfolio_command_but_can_not_issue_it_directly()
    {
        var org = await app.Host.NewOrganizationAsync();
        var reviewer = await org.ClientWithRoleAsync(Role.Reviewer);
        var segment = (await org.Admin.PostAsync("/api/segments", new { name = "Walk-ins", motivation = "acquisition", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created).Id("segmentId");

        (await reviewer.PostAsync($"/api/segments/{segment}/discontinue", new { effectiveDate = "2025-04-01", reason = "direct" })).ShouldBe(HttpStatusCode.Forbidden);

        var review = (await reviewer.PostAsync("/api/reviews", new { period = "2025-Q1" })).ShouldBe(HttpStatusCode.Created).Id("reviewId");
        var decision = (await reviewer.PostAsync($"/api/reviews/{review}/decisions",
            new { decision = "discontinueSegment", segmentId = segment, rationale = "No walk-ins since the move" })).ShouldBe(HttpStatusCode.OK).Id("decisionId");
        (await reviewer.PostAsync($"/api/reviews/{review}/decisions/{decision}/apply", new { effectiveDate = "2025-04-01" })).ShouldBe(HttpStatusCode.OK);

        (await reviewer.GetAsync($"/api/segments/{segment}")).ShouldBe(HttpStatusCode.OK).Json["status"]!.GetValue<string>().ShouldBe("discontinued");
    }
}
