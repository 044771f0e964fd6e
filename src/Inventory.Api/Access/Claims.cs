using System.Security.Claims;

namespace Inventory.Api.Access;

public static class InventoryClaims
{
    public const string Organization = "org";
    public const string KeyId = "key_id";

    public static string OrganizationId(this ClaimsPrincipal user) =>
        user.FindFirstValue(Organization) ?? throw new InvalidOperationException("No organization on an authenticated request");

    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
