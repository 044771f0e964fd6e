using Inventory.Domain.Reviews;
using JasperFx.Events.Projections;
using Marten;

namespace Inventory.Api.Reviews;

public static class ReviewsFeature
{
    /// <summary>Quarterly strategy reviews: their streams, the overdue calendar and reminders, the printable pack.</summary>
    public static WebApplicationBuilder AddReviews(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts => opts.ConfigureReviews());
        builder.Services.Configure<ReviewOptions>(builder.Configuration.GetSection(ReviewOptions.Section));
        builder.Services.AddSingleton<ReviewPackBuilder>();
        builder.Services.AddHostedService<ReminderSeeding>();
        return builder;
    }

    public static StoreOptions ConfigureReviews(this StoreOptions opts)
    {
        foreach (var type in typeof(IReviewEvent).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReviewEvent).IsAssignableFrom(t)))
        {
            opts.Events.AddEventType(type);
        }

        opts.Events.AddEventType<ReviewOverdue>();
        opts.Projections.Add<ReviewProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ReviewCalendarProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<ReminderSchedule>().SingleTenanted();
        // Known at start, so their tables are made with the others and not on a command's first write.
        opts.Schema.For<ReviewPeriodClaim>();
        opts.Schema.For<ReviewPack>();
        return opts;
    }
}
