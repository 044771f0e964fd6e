using Inventory.Api.Access;
using Inventory.Api.Hosting;
using JasperFx.CommandLine;
using Marten;

namespace Inventory.Api.Cli;

public enum OrgAction { create, list }

public sealed class OrgInput : NetCoreInput
{
    [Description("What to do: create or list")]
    public OrgAction Action { get; set; } = OrgAction.create;

    [Description("The organization's name")]
    public string Name { get; set; } = "";

    [Description("ISO 4217 currency of every amount it records (default EUR)"), FlagAlias("currency", true)]
    public string CurrencyFlag { get; set; } = "EUR";

    [Description("Month (1-12) its fiscal year starts in; quarters follow it (default 1: calendar quarters)"), FlagAlias("fiscal-year-start", true)]
    public int FiscalYearStartFlag { get; set; } = 1;
}

/// <summary>
/// <c>org create NAME --currency EUR [--fiscal-year-start 4]</c>: prints the new organization's first admin key on the last line;
/// <c>org list</c>: one organization a line (id, currency, fiscal year start, creation date, name).
/// </summary>
[Description("Creates an organization (a tenant) and its first admin key, or lists them", Name = "org")]
public sealed class OrgCommand : JasperFxAsyncCommand<OrgInput>
{
    public OrgCommand()
    {
        Usage("List the organizations").Arguments(x => x.Action);
        Usage("Create an organization").Arguments(x => x.Action, x => x.Name);
    }

    public override async Task<bool> Execute(OrgInput input)
    {
        if (input.Action == OrgAction.list) return await ListAsync(input);

        var problems = Validate(input.Name, input.CurrencyFlag, input.FiscalYearStartFlag).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            return false;
        }

        Organization organization;
        string key;
        using (var host = input.BuildHost())
        await using (new EmbeddedClusterScope(host.Services))
        {
            await Projections.StorageSchema.EnsureAsync(host.Services.GetRequiredService<IDocumentStore>(), host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
            (organization, key) = await host.Services.GetRequiredService<Organizations>()
                .CreateAsync(input.Name.Trim(), input.CurrencyFlag.ToUpperInvariant(), input.FiscalYearStartFlag);
        }

        Console.WriteLine($"Created organization '{organization.Name}' (id {organization.Id}, currency {organization.Currency}, fiscal year from month {organization.FiscalYearStartMonth}).");
        Console.WriteLine("Its first admin key follows; it is shown only this once.");
        Console.WriteLine(key);
        return true;
    }

    private static async Task<bool> ListAsync(OrgInput input)
    {
        List<Organization> organizations;
        using (var host = input.BuildHost())
        await using (new EmbeddedClusterScope(host.Services))
        {
            await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
            organizations = (await session.Query<Organization>().ToListAsync()).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
        }

        // Printed once the embedded cluster has stopped, so its log lines don't interleave.
        if (organizations.Count == 0) Console.WriteLine("No organization yet: the host creates the default one when it first starts.");
        foreach (var o in organizations)
            Console.WriteLine($"{o.Id}  {o.Currency}  fiscal year from month {o.FiscalYearStartMonth}  created {o.CreatedAt.UtcDateTime:yyyy-MM-dd}  {o.Name}");
        return true;
    }

    public static IEnumerable<string> Validate(string name, string currency, int fiscalYearStart)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) yield return "NAME is required (at most 200 characters).";
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter)) yield return "--currency must be an ISO 4217 code such as EUR.";
        if (fiscalYearStart is < 1 or > 12) yield return "--fiscal-year-start must be a month from 1 to 12.";
    }
}

/// <summary>Stops the embedded cluster a command started, since commands do not run the host's hosted services.</summary>
internal sealed class EmbeddedClusterScope(IServiceProvider services) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        if (services.GetRequiredService<InventoryDatabase>().Embedded is { } cluster) await cluster.StopAsync();
    }
}
