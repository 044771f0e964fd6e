using System.Net;
using System.Text;
using Inventory.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inventory.Api.Tests.Access;

/// <summary>JWT sign-in configured (here with a shared secret in place of a provider's keys): the claims map to organization and role.</summary>
public class JwtSignInTests : IAsyncLifetime
{
    private const string Secret = "a-test-signing-secret-of-at-least-32-bytes!";
    private InventoryHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InventoryHost.StartAsync(b =>
    {
        b.UseSetting("Inventory:Jwt:SigningKey", Secret);
        b.UseSetting("Inventory:Jwt:Issuer", "https://idp.example");
        b.UseSetting("Inventory:Jwt:OrganizationClaim", "tenant");
        b.UseSetting("Inventory:Jwt:RoleClaim", "inventory_role");
    });

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private static string Token(string organization, string role, string secret = Secret) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://idp.example",
            Claims = new Dictionary<string, object> { ["sub"] = "u-42", ["name"] = "ana@example.com", ["tenant"] = organization, ["inventory_role"] = role },
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256),
        });

    [Fact]
    public async Task a_token_acts_with_its_organization_and_role_and_keys_still_work()
    {
        var org = await _host.NewOrganizationAsync();
        var editor = _host.Client(Token(org.Id, "editor"));
        var created = (await editor.PostAsync("/api/segments", new { name = "From SSO", motivation = "retention", effectiveDate = "2025-01-01" })).ShouldBe(HttpStatusCode.Created);
        (await editor.GetAsync("/api/audit")).ShouldBe(HttpStatusCode.Forbidden);
        (await org.Admin.GetAsync($"/api/segments/{created.Id("segmentId")}/history")).Json[0]!["user"]!.GetValue<string>().ShouldBe("ana@example.com");

        (await _host.Client(Token(org.Id, "owner")).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);
        (await _host.Client(Token(org.Id, "viewer", secret: "another-secret-that-is-also-32-bytes-long")).GetAsync("/api/segments")).ShouldBe(HttpStatusCode.Unauthorized);
        var other = await _host.NewOrganizationAsync();
        (await _host.Client(Token(other.Id, "viewer")).GetAsync($"/api/segments/{created.Id("segmentId")}")).ShouldBe(HttpStatusCode.NotFound);
    }
}
