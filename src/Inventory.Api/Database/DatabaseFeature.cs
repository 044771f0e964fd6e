namespace Inventory.Api.Database;

public static class DatabaseFeature
{
    /// <summary>The product's PostgreSQL (configured, or the embedded cluster), the Marten store on it, and the health check.</summary>
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        // Registered first so the embedded PostgreSQL starts before, and stops after, everything that uses it.
        builder.Services.Configure<PostgresOptions>(builder.Configuration.GetSection(PostgresOptions.Section));
        builder.Services.AddSingleton<InventoryDatabase>();
        builder.Services.AddHostedService<InventoryDatabaseLifetime>();

        builder.Services.AddInventoryMarten(builder.Configuration);
        // Before Wolverine and every feature's start-up work: they read and write Marten's tables.
        builder.Services.AddSingleton<SchemaStamp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SchemaStamp>());
        builder.Services.AddSingleton<ProjectionCatchUp>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
