[assembly: AssemblyFixture(typeof(Inventory.Api.Tests.Infrastructure.AppFixture))]

namespace Inventory.Api.Tests.Infrastructure;

/// <summary>One host for the whole test project; test classes isolate themselves by organization.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public InventoryHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await InventoryHost.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        // The last fixture out: every test of the project is done, so the cluster the tests started can stop.
        await TestPostgres.ReleaseSharedAsync();
    }
}
