using Inventory.Api.Database;
using Inventory.Api.Segments;
using Inventory.Api.Access;
using JasperFx.CommandLine;
using Marten;

namespace Inventory.Api.Cli;

public enum KeysAction { create, revoke, list }

public sealed class KeysInput : NetCoreInput
{
    [Description("What to do: create, revoke or list")]
    public KeysAction Action { get; set; } = KeysAction.list;

    [Description("The organization's id")]
    public string Organization { get; set; } = "";

    [Description("create: the key's name; revoke: the key's id")]
    public string Subject { get; set; } = "";

    [Description("Role of a new key: viewer, editor, reviewer, auditor or admin"), FlagAlias("role", true)]
    public string RoleFlag { get; set; } = "viewer";
}

/// <summary><c>keys create ORG NAME --role editor</c> prints the key on the last line; <c>keys revoke ORG KEYID</c>; <c>keys list ORG</c>.</summary>
[Description("Creates, revokes and lists an organization's API keys", Name = "keys")]
public sealed class KeysCommand : JasperFxAsyncCommand<KeysInput>
{
    public KeysCommand()
    {
        Usage("List an organization's keys").Arguments(x => x.Action, x => x.Organization);
        Usage("Create or revoke a key").Arguments(x => x.Action, x => x.Organization, x => x.Subject);
    }

    public override async Task<bool> Execute(KeysInput input)
    {
        var output = new List<string>();
        bool ok;
        using (var host = input.BuildHost())
        await using (new EmbeddedClusterScope(host.Services))
        {
            ok = await RunAsync(input, host.Services, output);
        }

        // Printed once the embedded cluster has stopped, so a new key is the last line.
        foreach (var line in output) (ok ? Console.Out : Console.Error).WriteLine(line);
        return ok;
    }

    private static async Task<bool> RunAsync(KeysInput input, IServiceProvider services, List<string> output)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        await StorageSchema.EnsureAsync(store, services.GetRequiredService<Npgsql.NpgsqlDataSource>());
        var organizations = services.GetRequiredService<Organizations>();
        var texts = ConsoleTexts.Current;
        await using var session = store.QuerySession();
        if (await session.LoadAsync<Organization>(input.Organization) is null)
        {
            output.Add(texts.Format("console.keys.noOrganization", ("organization", input.Organization)));
            return false;
        }

        switch (input.Action)
        {
            case KeysAction.create:
                var roles = string.Join(", ", Enum.GetNames<Role>().Select(r => r.ToLowerInvariant()));
                if (!Enum.TryParse<Role>(input.RoleFlag, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(input.RoleFlag, out _))
                {
                    output.Add(texts.Format("console.keys.badRole", ("role", input.RoleFlag), ("roles", roles)));
                    output.Add(texts["console.keys.usage"]);
                    return false;
                }

                if (string.IsNullOrWhiteSpace(input.Subject))
                {
                    output.Add(texts["console.keys.nameRequired"]);
                    return false;
                }

                var (stored, key) = await organizations.IssueKeyAsync(input.Organization, input.Subject.Trim(), role);
                output.Add(texts.Format("console.keys.created", ("name", stored.Name), ("role", stored.Role.Name()), ("id", stored.Id)));
                output.Add(key);
                return true;
            case KeysAction.revoke:
                if (!Guid.TryParse(input.Subject, out var id) || await organizations.RevokeKeyAsync(input.Organization, id) is not { Key: { } revoked } revocation)
                {
                    output.Add(texts.Format("console.keys.unknownKey", ("key", input.Subject)));
                    return false;
                }

                if (revocation.LastAdmin)
                {
                    output.Add(texts.Format("console.keys.lastAdmin", ("name", revoked.Name)));
                    return false;
                }

                output.Add(texts.Format("console.keys.revoked", ("name", revoked.Name), ("id", revoked.Id)));
                return true;
            default:
                foreach (var k in await session.Query<ApiKey>().Where(k => k.OrganizationId == input.Organization).ToListAsync())
                    output.Add($"{k.Id}  {k.Prefix}…  {k.Role.Name(),-8}  {k.Name}{(k.IsActive ? "" : "  " + texts["console.keys.revokedMark"])}");
                return true;
        }
    }
}
