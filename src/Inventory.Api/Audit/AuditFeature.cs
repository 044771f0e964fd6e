using JasperFx.Events.Projections;
using Marten;

namespace Inventory.Api.Audit;

public static class AuditFeature
{
    /// <summary>The audit trail (an async projection of every event), its export and its checkpoint chain.</summary>
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.ConfigureAudit());
        builder.Services.Configure<AuditOptions>(builder.Configuration.GetSection(AuditOptions.Section));
        builder.Services.AddSingleton<AuditChain>();
        builder.Services.AddHostedService<ScheduledCheckpoints>();
        return builder;
    }

    public static StoreOptions ConfigureAudit(this StoreOptions opts)
    {
        opts.Projections.Add<AuditTrailProjection>(ProjectionLifecycle.Async);
        // A rebuild's pure inserts (the audit entries) go through binary COPY; other writes keep the ordinary path.
        opts.Projections.RebuildWithBulkCopy = true;
        opts.Schema.For<AuditEntry>()
            .Index(x => x.Sequence)
            .Index(x => x.StreamId)
            .Index(x => x.RecordedAt);
        return opts;
    }
}
