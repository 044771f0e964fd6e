using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using Wolverine.Marten;
using Weasel.Core;

namespace Inventory.Api.Database;

public static class MartenSetup
{
    public const string Schema = "inventory";

    /// <summary>The application name of a running host's connections (a command looks for it, see the command line).</summary>
    public const string HostApplicationName = "relationship-inventory-host";

    /// <summary>The store's shared settings; each feature adds its events, projections and documents (ConfigureMarten in its AddX).</summary>
    public static IServiceCollection AddInventoryMarten(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp =>
        {
            var connectionString = sp.GetRequiredService<InventoryDatabase>().ConnectionString;
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            builder.ConnectionStringBuilder.MaxPoolSize =
                ConnectionPool.SizeFor(connectionString, configuration.GetValue<int?>(ConnectionPool.Setting), Environment.ProcessorCount);
            PreparedStatements.Apply(builder.ConnectionStringBuilder, connectionString);
            // Npgsql logs through the host's logging (only warnings unless Logging:LogLevel:Npgsql says otherwise).
            builder.UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>());
            if (configuration["Inventory:ApplicationName"] is { Length: > 0 } name)
            {
                builder.ConnectionStringBuilder.ApplicationName = name;
                // A running host always keeps a connection open, so a command sees it in pg_stat_activity.
                if (name == HostApplicationName && builder.ConnectionStringBuilder.MinPoolSize < 1) builder.ConnectionStringBuilder.MinPoolSize = 1;
            }

            return builder.Build();
        });

        services.AddMarten(opts =>
            {
                opts.DatabaseSchemaName = configuration["Inventory:Schema"] ?? Schema;
                opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                opts.Storage.ExtendedSchemaObjects.Add(SchemaStamp.Definition(opts.DatabaseSchemaName));

                // Organizations are tenants: every event and document belongs to one, except the few global ones features name.
                opts.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
                opts.Policies.AllDocumentsAreMultiTenanted();

                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                opts.Events.AppendMode = EventAppendMode.Quick;
                opts.Events.MetadataConfig.UserNameEnabled = true;
                opts.Events.MetadataConfig.CorrelationIdEnabled = true;
                opts.Events.MetadataConfig.CausationIdEnabled = true;
                opts.Events.MetadataConfig.HeadersEnabled = true;
            })
            .UseNpgsqlDataSource()
            .UseLightweightSessions()
            // No ApplyAllDatabaseChangesOnStartup: SchemaStamp applies the schema at start, and skips the comparison when nothing changed.
            // Async projections are spread over the nodes by Wolverine (Marten's own HotCold fails with our DistributedLock stand-in).
            .IntegrateWithWolverine(w => w.UseWolverineManagedEventSubscriptionDistribution = true);

        return services;
    }
}
