using Inventory.Api.Access;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Keys;

public sealed record KeySummary(Guid Id, string Name, Role Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

public static class ListKeysEndpoint
{
    /// <summary>The organization's API keys (never the keys themselves), revoked ones included.</summary>
    [WolverineGet("/api/keys"), Authorize(Policy = Policies.Administer)]
    public static async Task<IReadOnlyList<KeySummary>> Get(IDocumentStore store, HttpContext http)
    {
        var organization = http.User.OrganizationId();
        // Keys are global documents (looked up before the organization is known): filter by organization explicitly.
        await using var session = store.QuerySession();
        var keys = await session.Query<ApiKey>().Where(k => k.OrganizationId == organization).OrderBy(k => k.CreatedAt).ToListAsync(http.RequestAborted);
        return keys.Select(k => new KeySummary(k.Id, k.Name, k.Role, k.Prefix, k.CreatedAt, k.RevokedAt)).ToList();
    }
}
