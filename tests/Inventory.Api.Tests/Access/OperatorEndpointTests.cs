using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Access;

/// <summary>The node endpoint tells the process id, machine and agents: the operator's business, not an organization's.</summary>
public class OperatorEndpointTests(AppFixture app)
{
    [Fact]
    public async Task the_node_endpoint_answers_the_operator_key_and_404_to_every_organization_role_and_to_no_key()
    {
        var org = await app.Host.NewOrganizationAsync();
        foreach (var role in Enum.GetValues<Role>())
        {
            var answer = (await (await org.ClientWithRoleAsync(role)).GetAsync("/api/cluster/node")).ShouldBe(HttpStatusCode.NotFound);
            answer.ContentType.ShouldBe("application/problem+json");
            answer.Body.ShouldNotContain("processId");
        }

        (await app.Host.Client(app.Host.DefaultAdminKey).GetAsync("/api/cluster/node")).ShouldBe(HttpStatusCode.NotFound);
        (await app.Host.Alba.Server.CreateClient().GetAsync("/api/cluster/node")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Host.Client(app.Host.OperatorKey + "x").GetAsync("/api/cluster/node")).ShouldBe(HttpStatusCode.NotFound);

        var node = (await app.Host.Client(app.Host.OperatorKey).GetAsync("/api/cluster/node")).ShouldBe(HttpStatusCode.OK).Json;
        node["processId"]!.GetValue<int>().ShouldBe(Environment.ProcessId);
        node["agents"].ShouldNotBeNull();

        // The operator key opens nothing of any organization.
        (await app.Host.Client(app.Host.OperatorKey).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);
    }
}

/// <summary>An organization can't tell the node endpoint from an address where nothing is.</summary>
public class OperatorEndpointNotFoundTests(AppFixture app)
{
    [Fact]
    public async Task the_node_endpoints_404_is_the_same_problem_as_an_unknown_addresses()
    {
        var admin = await (await app.Host.NewOrganizationAsync()).ClientWithRoleAsync(Role.Admin);
        var node = (await admin.GetAsync("/api/cluster/node")).ShouldBe(HttpStatusCode.NotFound);
        var nowhere = (await admin.GetAsync("/api/cluster/nowhere")).ShouldBe(HttpStatusCode.NotFound);

        node.ContentType.ShouldBe(nowhere.ContentType);
        WithoutRequestIds(node.Json).ShouldBe(WithoutRequestIds(nowhere.Json));
        node.Json["title"]!.GetValue<string>().ShouldBe("Not Found");
    }

    /// <summary>The problem minus what differs per request (correlation and trace ids).</summary>
    private static string WithoutRequestIds(System.Text.Json.Nodes.JsonNode problem)
    {
        var copy = problem.DeepClone().AsObject();
        foreach (var name in copy.Select(p => p.Key).Where(k => k.Contains("correlation", StringComparison.OrdinalIgnoreCase)
                     || k.Contains("trace", StringComparison.OrdinalIgnoreCase)).ToList())
            copy.Remove(name);
        return copy.ToJsonString();
    }
}
