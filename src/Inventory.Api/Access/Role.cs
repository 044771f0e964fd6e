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
