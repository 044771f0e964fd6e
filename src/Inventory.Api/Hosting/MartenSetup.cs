using Inventory.Api.Access;
using Inventory.Api.Projections;
using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using Wolverine.Marten;
using Weasel.Core;

namespace Inventory.Api.Hosting;

public static class MartenSetup
{
    public const string Schema = "inventory";

    public static IServiceCollection AddInventoryMarten(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp =>
        {
            var builder = new NpgsqlDataSourceBuilder(sp.GetRequiredService<InventoryDatabase>().ConnectionString);
            if (configuration["Inventory:ApplicationName"] is { Length: > 0 } name)
            {
                builder.ConnectionStringBuilder.ApplicationName = name;
                // A running host always keeps a connection open, so a command sees it in pg_stat_activity.
                if (name == Cli.CommandLine.HostApplicationName && builder.ConnectionStringBuilder.MinPoolSize < 1) builder.ConnectionStringBuilder.MinPoolSize = 1;
            }

            return builder.Build();
        });

        services.AddMarten(opts =>
            {
                opts.DatabaseSchemaName = configuration["Inventory:Schema"] ?? Schema;
                opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

                // Organizations are tenants: every event and document belongs to one, except the few global ones below.
                opts.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
                opts.Policies.AllDocumentsAreMultiTenanted();
                opts.Schema.For<Organization>().SingleTenanted();
                opts.Schema.For<ApiKey>().SingleTenanted().UniqueIndex(k => k.Hash);
                opts.Schema.For<WebSession>().SingleTenanted().Index(s => s.KeyId);

                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                opts.Events.AppendMode = EventAppendMode.Quick;
                opts.Events.MetadataConfig.UserNameEnabled = true;
                opts.Events.MetadataConfig.CorrelationIdEnabled = true;
                opts.Events.MetadataConfig.CausationIdEnabled = true;
                opts.Events.MetadataConfig.HeadersEnabled = true;

                InventoryProjections.Configure(opts);
            })
            .UseNpgsqlDataSource()
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            // Async projections are spread over the nodes by Wolverine (Marten's own HotCold fails with our DistributedLock stand-in).
            .IntegrateWithWolverine(w => w.UseWolverineManagedEventSubscriptionDistribution = true);

        return services;
    }
}
