using Inventory.Api.Access;
using Inventory.Api.Hosting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Inventory.Api.Keys;

public static class RevokeKeyEndpoint
{
    /// <summary>Revokes a key of the caller's organization; it stops working at once (keys are looked up on every request).</summary>
    [WolverineDelete("/api/keys/{id}"), Authorize(Policy = Policies.Administer)]
    public static async Task<IResult> Delete(Guid id, Organizations organizations, HttpContext http)
    {
        var revoked = await organizations.RevokeKeyAsync(http.User.OrganizationId(), id, http.RequestAborted);
        if (revoked is null) throw new NotFound($"Key {id}");
        return Results.Json(new KeySummary(revoked.Id, revoked.Name, revoked.Role, revoked.Prefix, revoked.CreatedAt, revoked.RevokedAt));
    }
}
