using Inventory.Api.Access;
using Inventory.Api.OpenApi;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Inventory.Api.Http;

namespace Inventory.Api.Keys;

public sealed record CreateKeyRequest([RequiredField] string? Name, [RequiredField, Vocabulary<Role>] string? Role);

/// <summary>The new key, shown once: only its hash is kept.</summary>
public sealed record CreatedKey(Guid Id, string Name, Role Role, string Key, string Prefix, DateTimeOffset CreatedAt);

public static class CreateKeyEndpoint
{
    /// <summary>Issues an API key with a role; the key is answered once, only its hash is kept.</summary>
    [WolverinePost("/api/keys"), Authorize(Policy = Policies.Administer)]
    [ProducesResponseType<CreatedKey>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(CreateKeyRequest request, Organizations organizations, HttpContext http)
    {
        var fields = new RequestFields();
        var name = fields.Text(request.Name, "name");
        var role = fields.Enum<Role>(request.Role, "role");
        if (name.Length > 100) fields.Error("name", Domain.Errors.ErrorCodes.TooLong, "name is longer than 100 characters", ("max", 100));
        fields.ThrowIfInvalid();

        var (stored, key) = await organizations.IssueKeyAsync(http.User.OrganizationId(), name.Trim(), role, http.RequestAborted);
        NoStoreAnswer.Apply(http);
        return Results.Json(new CreatedKey(stored.Id, stored.Name, stored.Role, key, stored.Prefix, stored.CreatedAt), statusCode: 201);
    }
}
