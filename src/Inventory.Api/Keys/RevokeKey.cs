using Inventory.Api.Access;
using Inventory.Domain.Errors;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;

namespace Inventory.Api.Keys;

public static class RevokeKeyEndpoint
{
    /// <summary>Revokes a key of the caller's organization; it and its web sessions stop working at once (keys are looked up on every request).</summary>
    [WolverineDelete("/api/keys/{id}"), Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<KeySummary>(StatusCodes.Status200OK), ProducesResponseType(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Delete(Guid id, Organizations organizations, HttpContext http)
    {
        var (revoked, lastAdmin) = await organizations.RevokeKeyAsync(http.User.OrganizationId(), id, http.RequestAborted);
        if (revoked is null) throw new NotFound($"Key {id}");
        if (lastAdmin)
        {
            return Results.Problem(statusCode: 409, title: "The last admin key can't be revoked",
                detail: "This is the organization's only active admin key: revoking it would lock the organization out. Create another admin key first.",
                extensions: ProblemCodes.Extensions(ErrorCodes.LastAdminKey));
        }

        return Results.Json(new KeySummary(revoked.Id, revoked.Name, revoked.Role, revoked.Prefix, revoked.CreatedAt, revoked.RevokedAt));
    }
}
