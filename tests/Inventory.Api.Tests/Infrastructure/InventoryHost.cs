using Alba;
using Inventory.Api.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Api.Tests.Infrastructure;

/// <summary>The real host (ASP.NET Core, Wolverine, Marten) on a database of its own.</summary>
public sealed class InventoryHost : IAsyncDisposable
{
    private readonly TestPostgres _postgres;

    private InventoryHost(IAlbaHost host, TestPostgres postgres, string connectionString, string adminKey, string operatorKey)
    {
        OperatorKey = operatorKey;
        Alba = host;
        _postgres = postgres;
        ConnectionString = connectionString;
        DefaultAdminKey = adminKey;
    }

    public IAlbaHost Alba { get; }
    public string ConnectionString { get; }
    /// <summary>The bootstrap admin key of the default organization.</summary>
    public string DefaultAdminKey { get; }
    /// <summary>The operator's key (Inventory:OperatorKey): node endpoints only, no organization.</summary>
    public string OperatorKey { get; }
    public IServiceProvider Services => Alba.Services;
    /// <summary>True for a database the host made for itself.</summary>
    public bool DropDatabaseOnDispose { get; set; }

    public static async Task<InventoryHost> StartAsync(Action<IWebHostBuilder>? configure = null) => await StartAsync(null, configure);

    /// <summary>A host on <paramref name="connectionString"/>'s database (a fresh one when null).</summary>
    public static async Task<InventoryHost> StartAsync(string? connectionString, Action<IWebHostBuilder>? configure = null)
    {
        var postgres = await TestPostgres.SharedAsync();
        var created = connectionString is null;
        connectionString ??= await postgres.CreateDatabaseAsync();
        var adminKey = ApiKey.Generate();
        var operatorKey = ApiKey.Generate();
        var host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Inventory", connectionString);
            builder.UseSetting("Inventory:BootstrapAdminKey", adminKey);
            builder.UseSetting("Inventory:OperatorKey", operatorKey);
            // Every test request comes from the same (unknown) address: a shared host must not throttle them as one.
            builder.UseSetting("Inventory:Throttling:FailedAttemptsPerAddress", "100000");
            configure?.Invoke(builder);
        });
        return new InventoryHost(host, postgres, connectionString, adminKey, operatorKey) { DropDatabaseOnDispose = created };
    }

    public ApiClient Client(string key) => new(Alba.Server.CreateClient(), key);

    /// <summary>A client with a new admin key of an existing organization.</summary>
    public async Task<ApiClient> ClientForAsync(string organizationId)
    {
        var (_, key) = await Services.GetRequiredService<Organizations>().IssueKeyAsync(organizationId, "test-admin", Role.Admin);
        return Client(key);
    }

    /// <summary>A new organization (tenant) with an admin key: how a test class isolates itself on a shared host.</summary>
    public async Task<TestOrganization> NewOrganizationAsync(string currency = "EUR", int fiscalYearStartMonth = 1)
    {
        var organizations = Services.GetRequiredService<Organizations>();
        var (organization, adminKey) = await organizations.CreateAsync($"Test {Guid.NewGuid():N}"[..13], currency, fiscalYearStartMonth);
        return new TestOrganization(this, organization, adminKey);
    }

    public async ValueTask DisposeAsync()
    {
        await Alba.StopAsync();
        await Alba.DisposeAsync();
        if (DropDatabaseOnDispose) await _postgres.DropDatabaseAsync(ConnectionString);
    }
}

public sealed class TestOrganization(InventoryHost host, Organization organization, string adminKey)
{
    public Organization Organization { get; } = organization;
    public string Id => Organization.Id;
    public string AdminKey { get; } = adminKey;
    public ApiClient Admin { get; } = host.Client(adminKey);

    public async Task<ApiClient> ClientWithRoleAsync(Role role)
    {
        var (_, key) = await host.Services.GetRequiredService<Organizations>().IssueKeyAsync(Id, $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}"[..16], role);
        return host.Client(key);
    }
}
