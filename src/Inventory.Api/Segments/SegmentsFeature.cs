using Inventory.Domain.Portfolio;
using JasperFx.Events.Projections;
using Marten;

namespace Inventory.Api.Segments;

public static class SegmentsFeature
{
    /// <summary>Segments and their relationships: one event stream per segment, its decision state, monthly rows (relationships' and outcomes) and dated rows (costs, attributes, integrations) kept inline.</summary>
    public static WebApplicationBuilder AddSegments(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.ConfigureSegments());
        builder.Services.AddSingleton<MonthlyFactsReader>();
        // After the default organization and the demo: a database of the previous version is upgraded before anything reads rows.
        builder.Services.AddHostedService<StorageSchema>();
        return builder;
    }

    public static StoreOptions ConfigureSegments(this StoreOptions opts)
    {
        foreach (var type in typeof(IPortfolioEvent).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPortfolioEvent).IsAssignableFrom(t)))
        {
            opts.Events.AddEventType(type);
        }

        opts.Projections.Add<SegmentPortfolioProjection>(ProjectionLifecycle.Inline);
        var months = new RelationshipMonthsProjection(opts.DatabaseSchemaName);
        opts.Projections.Add(months, ProjectionLifecycle.Inline, RelationshipMonthsProjection.ProjectionName, o => o.DeleteDataInTableOnTeardown(months.Table));
        opts.Storage.ExtendedSchemaObjects.Add(RelationshipMonthsProjection.Definition(opts.DatabaseSchemaName));
        var outcomes = new SegmentMonthsProjection(opts.DatabaseSchemaName);
        opts.Projections.Add(outcomes, ProjectionLifecycle.Inline, SegmentMonthsProjection.ProjectionName, o => o.DeleteDataInTableOnTeardown(outcomes.Table));
        opts.Storage.ExtendedSchemaObjects.Add(SegmentMonthsProjection.Definition(opts.DatabaseSchemaName));
        var dated = new DatedEntriesProjection(opts.DatabaseSchemaName);
        opts.Projections.Add(dated, ProjectionLifecycle.Inline, DatedEntriesProjection.ProjectionName,
            o =>
            {
                o.DeleteDataInTableOnTeardown(dated.Costs);
                o.DeleteDataInTableOnTeardown(dated.Attributes);
                o.DeleteDataInTableOnTeardown(dated.Integrations);
            });
        foreach (var table in DatedEntriesProjection.Definitions(opts.DatabaseSchemaName)) opts.Storage.ExtendedSchemaObjects.Add(table);
        return opts;
    }
}
