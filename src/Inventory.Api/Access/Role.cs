namespace Inventory.Api.Access;

/// <summary>What an API key may do; see the role matrix in the README.</summary>
public enum Role
{
    Viewer,
    Editor,
    Reviewer,
    Auditor,
    Admin,
}

/// <summary>A role as every answer writes it: camelCase (<c>admin</c>), as the JSON enums are.</summary>
public static class RoleNames
{
    public static string Name(this Role role) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    /// <summary>A role claim (the enum's name) written the same way; anything else unchanged.</summary>
    public static string? NameOfClaim(string? claim) => Enum.TryParse<Role>(claim, ignoreCase: true, out var role) ? role.Name() : claim;
}

public static class Policies
{
    public const string Read = "read";
    public const string Edit = "edit";
    public const string Review = "review";
    public const string Audit = "audit";
    public const string Administer = "administer";

    public static readonly IReadOnlyDictionary<string, Role[]> Roles = new Dictionary<string, Role[]>
    {
        [Read] = Enum.GetValues<Role>(),
        [Edit] = [Role.Editor, Role.Admin],
        [Review] = [Role.Reviewer, Role.Admin],
        [Audit] = [Role.Auditor, Role.Admin],
        [Administer] = [Role.Admin],
    };
}
