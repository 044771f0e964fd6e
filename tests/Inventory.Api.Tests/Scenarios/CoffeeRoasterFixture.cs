using Inventory.Api.Tests.Infrastructure;

namespace Inventory.Api.Tests.Scenarios;

/// <summary>The coffee roaster's history, played once into an organization of its own.</summary>
public sealed class CoffeeRoasterFixture(AppFixture app) : IAsyncLifetime
{
    public TestOrganization Organization { get; private set; } = null!;
    public ScenarioRunner Run { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Organization = await app.Host.NewOrganizationAsync("EUR");
        Run = new ScenarioRunner(Organization.Admin);
        await Run.RunAsync(ScenarioRunner.Load("coffee-roaster.json"));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
