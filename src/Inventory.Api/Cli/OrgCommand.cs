using Inventory.Api.Access;
using JasperFx.CommandLine;
using Marten;
using Inventory.Api.Database;
using Inventory.Api.Segments;

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
            await StorageSchema.EnsureAsync(host.Services.GetRequiredService<IDocumentStore>(), host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
            (organization, key) = await host.Services.GetRequiredService<Organizations>()
                .CreateAsync(input.Name.Trim(), input.CurrencyFlag.ToUpperInvariant(), input.FiscalYearStartFlag);
        }

        var texts = ConsoleTexts.Current;
        Console.WriteLine(texts.Format("console.org.created", ("name", organization.Name), ("id", organization.Id), ("currency", organization.Currency),
            ("month", organization.FiscalYearStartMonth)));
        Console.WriteLine(texts["console.org.firstKey"]);
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
        var texts = ConsoleTexts.Current;
        if (organizations.Count == 0) Console.WriteLine(texts["console.org.none"]);
        foreach (var o in organizations)
        {
            Console.WriteLine(texts.Format("console.org.line", ("id", o.Id), ("currency", o.Currency), ("month", o.FiscalYearStartMonth),
                ("created", o.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("name", o.Name)));
        }
        return true;
    }

    public static IEnumerable<string> Validate(string name, string currency, int fiscalYearStart)
    {
        var texts = ConsoleTexts.Current;
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) yield return texts["console.org.nameRequired"];
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter)) yield return texts["console.org.badCurrency"];
        if (fiscalYearStart is < 1 or > 12) yield return texts["console.org.badFiscalYearStart"];
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
