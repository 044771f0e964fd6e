using Marten;
using Inventory.Api.Http;

namespace Inventory.Api.Access;

public static class CurrentOrganization
{
    public static async Task<Organization> LoadAsync(IQuerySession session, HttpContext http) =>
        await session.LoadAsync<Organization>(http.User.OrganizationId(), http.RequestAborted)
        ?? throw new NotFound("Organization");
}
