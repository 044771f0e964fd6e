using Inventory.Domain.Portfolio;
using Inventory.Domain.Reviews;
using JasperFx.Events.Projections;
using Marten;

namespace Inventory.Api.Projections;

public static class InventoryProjections
{
    public static void Configure(StoreOptions opts)
    {
        foreach (var type in typeof(IPortfolioEvent).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false }
                                 && (typeof(IPortfolioEvent).IsAssignableFrom(t) || typeof(IReviewEvent).IsAssignableFrom(t))))
        {
            opts.Events.AddEventType(type);
        }

        opts.Events.AddEventType<ReviewOverdue>();
        opts.Projections.Add<ReviewProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ReviewCalendarProjection>(ProjectionLifecycle.Inline);

        opts.Projections.Add<SegmentPortfolioProjection>(ProjectionLifecycle.Inline);
        var months = new RelationshipMonthsProjection(opts.DatabaseSchemaName);
        opts.Projections.Add(months, ProjectionLifecycle.Inline, RelationshipMonthsProjection.ProjectionName, o => o.DeleteDataInTableOnTeardown(months.Table));
        opts.Storage.ExtendedSchemaObjects.Add(RelationshipMonthsProjection.Definition(opts.DatabaseSchemaName));
        opts.Projections.Add<AuditTrailProjection>(ProjectionLifecycle.Async);
        // A rebuild's pure inserts (the audit entries) go through binary COPY; other writes keep the ordinary path.
        opts.Projections.RebuildWithBulkCopy = true;

        opts.Schema.For<Reviews.ReminderSchedule>().SingleTenanted();

        opts.Schema.For<Projections.AuditEntry>()
            .Index(x => x.Sequence)
            .Index(x => x.StreamId)
            .Index(x => x.RecordedAt);
    }
}
