using System.Net;
using Inventory.Api.Access;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Access;

public class ApiKeyTests(AppFixture app) : IAsyncLifetime
{
    private TestOrganization _org = null!;
    private TestOrganization _other = null!;

    public async ValueTask InitializeAsync()
    {
        _org = await app.Host.NewOrganizationAsync();
        _other = await app.Host.NewOrganizationAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task a_request_without_a_key_is_answered_401_with_a_problem()
    {
        var response = await app.Host.Alba.Server.CreateClient().GetAsync("/api/segments");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task an_unknown_key_is_answered_401()
    {
        (await app.Host.Client("ri_not-a-real-key").GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task the_key_may_also_come_as_x_api_key()
    {
        var client = app.Host.Alba.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", _org.Admin.Key);
        (await client.GetAsync("/api/segments")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task me_writes_the_role_camel_case_as_every_other_answer_does()
    {
        (await _org.Admin.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK).Json["role"]!.GetValue<string>().ShouldBe("admin");
        var viewer = await _org.ClientWithRoleAsync(Role.Viewer);
        (await viewer.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK).Json["role"]!.GetValue<string>().ShouldBe("viewer");
        (await viewer.PostAsync("/api/segments", new { name = "X", motivation = "retention", effectiveDate = "2025-04-01" }))
            .ShouldBe(HttpStatusCode.Forbidden).Json["detail"]!.GetValue<string>().ShouldContain("'viewer'");
    }

    [Theory]
    [InlineData("/api/segments")]
    [InlineData("/api/me")]
    [InlineData("/api/cluster/node")]
    public async Task a_bearer_key_and_an_x_api_key_together_are_refused_as_ambiguous_naming_both_headers(string path)
    {
        var client = app.Host.Alba.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _org.Admin.Key);
        client.DefaultRequestHeaders.Add("X-Api-Key", _other.Admin.Key);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["Authorization", "X-Api-Key"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_viewer_reads_but_may_not_change_the_portfolio()
    {
        var viewer = await _org.ClientWithRoleAsync(Role.Viewer);
        (await viewer.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);
        var answer = (await viewer.PostAsync("/api/segments", new { name = "X", motivation = "retention", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Forbidden);
        answer.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task an_editor_changes_the_portfolio_but_may_not_read_the_audit_log()
    {
        var editor = await _org.ClientWithRoleAsync(Role.Editor);
        (await editor.PostAsync("/api/segments", new { name = "X", motivation = "retention", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created);
        (await editor.GetAsync("/api/audit")).ShouldBe(HttpStatusCode.Forbidden);
        (await (await _org.ClientWithRoleAsync(Role.Auditor)).GetAsync("/api/audit")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task another_organizations_segment_is_invisible()
    {
        var mine = (await _org.Admin.PostAsync("/api/segments", new { name = "Private", motivation = "retention", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created).Id("segmentId");

        (await _other.Admin.GetAsync($"/api/segments/{mine}")).ShouldBe(HttpStatusCode.NotFound);
        (await _other.Admin.GetAsync($"/api/segments/{mine}/history")).ShouldBe(HttpStatusCode.NotFound);
        (await _other.Admin.PostAsync($"/api/segments/{mine}/expectations", new { type = "selfService", importance = 3, effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.NotFound);
        (await _other.Admin.GetAsync("/api/segments")).Json.AsArray().ShouldBeEmpty();
        var audit = (await (await _other.ClientWithRoleAsync(Role.Auditor)).GetAsync("/api/audit")).Json;
        audit["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task the_bootstrap_key_is_admin_of_the_default_organization()
    {
        var bootstrap = app.Host.Client(app.Host.DefaultAdminKey);
        (await bootstrap.PostAsync("/api/segments", new { name = "Default org segment", motivation = "acquisition", effectiveDate = "2025-01-01" }))
            .ShouldBe(HttpStatusCode.Created);
        (await bootstrap.GetAsync("/api/audit")).ShouldBe(HttpStatusCode.OK);
        (await _org.Admin.GetAsync("/api/segments")).Json.AsArray()
            .ShouldNotContain(s => s!["name"]!.GetValue<string>() == "Default org segment");
    }

    [Fact]
    public async Task health_and_the_openapi_document_need_no_key()
    {
        var client = app.Host.Alba.Server.CreateClient();
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var openApi = await client.GetAsync("/openapi/v1.json");
        openApi.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await openApi.Content.ReadAsStringAsync()).ShouldContain("/api/segments/{id}/relationships");
    }
}
