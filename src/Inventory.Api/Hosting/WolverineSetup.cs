using JasperFx.CodeGeneration;
using Wolverine;

namespace Inventory.Api.Hosting;

public static class WolverineSetup
{
    public static void ConfigureInventory(this WolverineOptions opts)
    {
        opts.ApplicationAssembly = typeof(WolverineSetup).Assembly;
        opts.Policies.AutoApplyTransactions();
        // Balanced: nodes elect a leader that spreads the async projections over them.
        opts.Durability.Mode = DurabilityMode.Balanced;
        // Pre-generated handler code under Internal/Generated loads without Roslyn; anything missing is generated once.
        opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Auto;
    }
}
