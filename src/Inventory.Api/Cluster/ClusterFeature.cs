using JasperFx.CodeGeneration;
using JasperFx.Core;
using Wolverine;

namespace Inventory.Api.Cluster;

/// <summary>How quickly nodes notice each other and hand out async projections; defaults suit a small cluster.</summary>
public sealed class ClusterOptions
{
    public const string Section = "Inventory:Cluster";
    public TimeSpan FirstHealthCheck { get; set; } = 200.Milliseconds();
    public TimeSpan HealthCheckPolling { get; set; } = 2.Seconds();
    public TimeSpan CheckAssignmentPeriod { get; set; } = 5.Seconds();
    public TimeSpan StaleNodeTimeout { get; set; } = 15.Seconds();
}

public static class ClusterFeature
{
    /// <summary>Wolverine: handlers and endpoints, durable local queues, and nodes that share the async projections.</summary>
    public static WebApplicationBuilder AddCluster(this WebApplicationBuilder builder)
    {
        builder.Host.UseWolverine(opts => opts.ConfigureInventory(builder.Configuration));
        return builder;
    }

    private static void ConfigureInventory(this WolverineOptions opts, IConfiguration configuration)
    {
        opts.ApplicationAssembly = typeof(ClusterFeature).Assembly;
        opts.Policies.AutoApplyTransactions();
        // Local messages (review reminders) are kept in the database: scheduled ones survive restarts.
        opts.Policies.UseDurableLocalQueues();

        // Balanced: nodes elect a leader that spreads the async projections over them.
        opts.Durability.Mode = DurabilityMode.Balanced;
        var cluster = configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        opts.Durability.FirstHealthCheckExecution = cluster.FirstHealthCheck;
        opts.Durability.HealthCheckPollingTime = cluster.HealthCheckPolling;
        opts.Durability.CheckAssignmentPeriod = cluster.CheckAssignmentPeriod;
        opts.Durability.StaleNodeTimeout = cluster.StaleNodeTimeout;

        // Handlers and endpoints are pre-generated (Internal/Generated, `codegen write`) and compiled with the project:
        // nothing is compiled at run time, in every environment, so tests run what production runs.
        opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
    }
}
