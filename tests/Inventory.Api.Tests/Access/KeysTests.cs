using System.Diagnostics;
using System.Net;
using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Access;

public class KeysTests(AppFixture app)
{
    [Fact]
    public async Task an_admin_creates_a_key_shown_once_lists_it_without_the_key_and_a_revoked_key_stops_at_once()
    {
        var org = await app.Host.NewOrganizationAsync();
        var created = (await org.Admin.PostAsync("/api/keys", new { name = "ops editor", role = "editor" })).ShouldBe(HttpStatusCode.Created).Json;
        var key = created["key"]!.GetValue<string>();
        var id = created["id"]!.GetValue<Guid>();
        var editor = app.Host.Client(key);
        (await editor.PostAsync("/api/segments", new { name = "Walk-ins", motivation = "acquisition", effectiveDate = "2025-01-01" })).ShouldBe(HttpStatusCode.Created);

        var listed = (await org.Admin.GetAsync("/api/keys")).ShouldBe(HttpStatusCode.OK);
        listed.Body.ShouldNotContain(key);
        listed.Json.AsArray().ShouldContain(k => k!["name"]!.GetValue<string>() == "ops editor" && k["role"]!.GetValue<string>() == "editor");

        (await editor.GetAsync("/api/keys")).ShouldBe(HttpStatusCode.Forbidden);
        (await org.Admin.DeleteAsync($"/api/keys/{id}")).ShouldBe(HttpStatusCode.OK).Json["revokedAt"].ShouldNotBeNull();
        (await editor.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task a_key_of_another_organization_can_not_be_revoked_and_bad_input_is_named()
    {
        var org = await app.Host.NewOrganizationAsync();
        var other = await app.Host.NewOrganizationAsync();
        var theirs = (await other.Admin.PostAsync("/api/keys", new { name = "theirs", role = "viewer" })).Json["id"]!.GetValue<Guid>();

        (await org.Admin.DeleteAsync($"/api/keys/{theirs}")).ShouldBe(HttpStatusCode.NotFound);
        (await org.Admin.PostAsync("/api/keys", new { name = "x", role = "owner" })).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("role");
        (await org.Admin.PostAsync("/api/keys", new { role = "viewer" })).ShouldBe(HttpStatusCode.BadRequest).ErrorFor("name");
    }

    [Fact]
    public async Task the_last_active_admin_key_of_an_organization_can_not_be_revoked()
    {
        var org = await app.Host.NewOrganizationAsync();
        var keys = (await org.Admin.GetAsync("/api/keys")).ShouldBe(HttpStatusCode.OK).Json.AsArray();
        var first = keys.Single()!["id"]!.GetValue<Guid>();

        var refused = (await org.Admin.DeleteAsync($"/api/keys/{first}")).ShouldBe(HttpStatusCode.Conflict);
        refused.ContentType.ShouldBe("application/problem+json");
        refused.Json["detail"]!.GetValue<string>().ShouldContain("only active admin key");
        (await org.Admin.GetAsync("/api/segments")).ShouldBe(HttpStatusCode.OK);

        // With a second admin key, the first can go; then the second is the last one.
        var second = (await org.Admin.PostAsync("/api/keys", new { name = "second admin", role = "admin" })).ShouldBe(HttpStatusCode.Created).Json;
        var secondAdmin = app.Host.Client(second["key"]!.GetValue<string>());
        (await secondAdmin.DeleteAsync($"/api/keys/{first}")).ShouldBe(HttpStatusCode.OK);
        (await secondAdmin.DeleteAsync($"/api/keys/{second["id"]!.GetValue<Guid>()}")).ShouldBe(HttpStatusCode.Conflict);
        // Keys of other roles never count as admins.
        var viewer = (await secondAdmin.PostAsync("/api/keys", new { name = "viewer", role = "viewer" })).ShouldBe(HttpStatusCode.Created).Json["id"]!.GetValue<Guid>();
        (await secondAdmin.DeleteAsync($"/api/keys/{viewer}")).ShouldBe(HttpStatusCode.OK);
        (await secondAdmin.DeleteAsync($"/api/keys/{second["id"]!.GetValue<Guid>()}")).ShouldBe(HttpStatusCode.Conflict);
    }
}
