using Inventory.Api.Access;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Reviews;
using Marten;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Inventory.Api.Reviews;

public sealed class ReviewOptions
{
    public const string Section = "Inventory:Reviews";
    /// <summary>How long after a quarter ends its review may stay unclosed before it is overdue.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromDays(30);
}

/// <summary>Sent (scheduled, durably) for when a period's grace ends: records every overdue period of the organization.</summary>
public sealed record CheckReviewDue(string OrganizationId, string Period, int FiscalYearStartMonth);

/// <summary>
/// Which periods of an organization are overdue (see <see cref="ReviewSchedule"/>): worked out from its first quarter, its
/// segments and its reviews whenever asked, so no one has to open a review, and nothing is lost in a restart. Each overdue
/// period is also recorded once as a <see cref="ReviewOverdue"/> event, for the audit trail.
/// </summary>
public static class OverdueReviews
{
    public static async Task<(Quarter First, IReadOnlyList<OverdueQuarter> Overdue)> OfAsync(IQuerySession session, Organization organization,
        IReadOnlyList<Review> reviews, ReviewOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var definedOn = await session.Query<SegmentPortfolio>().Select(s => s.DefinedOn).ToListAsync(ct);
        var first = ReviewSchedule.FirstQuarter(DateOnly.FromDateTime(organization.CreatedAt.UtcDateTime), definedOn,
            reviews.Select(r => r.PeriodStart), organization.FiscalYearStartMonth);
        var closed = reviews.Where(r => r.IsClosed).Select(r => r.Period).ToHashSet();
        return (first, ReviewSchedule.Overdue(first, now, options.GracePeriod, closed));
    }

    /// <summary>Appends a <see cref="ReviewOverdue"/> for each overdue period not yet on the calendar; answers the next period to check.</summary>
    public static async Task<Quarter> RecordAsync(IDocumentSession session, Organization organization, ReviewOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var reviews = await session.Query<Review>().ToListAsync(ct);
        var (first, overdue) = await OfAsync(session, organization, reviews, options, now, ct);
        // Optimistic: of two nodes recording at once, the second fails at commit (and its next try finds them recorded).
        var calendar = await session.Events.FetchForWriting<ReviewCalendar>(ReviewCalendar.StreamId(organization.Id), ct);
        var recorded = calendar.Aggregate?.Overdue.Select(o => o.Period).ToHashSet() ?? [];
        var missing = overdue.Where(o => !recorded.Contains(o.Period.ToString()))
            .Select(o => (object)new ReviewOverdue(organization.Id, o.Period.ToString(), o.Period.LastDay, o.DueAt)).ToArray();
        if (missing.Length > 0) calendar.AppendMany(missing);
        return ReviewSchedule.NextDue(first, now, options.GracePeriod);
    }
}

public static class ReviewReminders
{
    public static DateTimeOffset DueAt(Quarter period, ReviewOptions options) => ReviewSchedule.DueAt(period, options.GracePeriod);

    /// <summary>Schedules the check of <paramref name="period"/> (Wolverine keeps it in the database: it survives restarts).</summary>
    public static ValueTask ScheduleAsync(IMessageBus bus, string organizationId, Quarter period, ReviewOptions options) =>
        bus.ScheduleAsync(new CheckReviewDue(organizationId, period.ToString(), period.FiscalYearStartMonth), DueAt(period, options),
            new DeliveryOptions { TenantId = organizationId });

    /// <summary>Schedules the check of <paramref name="next"/> unless it (or a later one) already is.</summary>
    public static async Task ScheduleNextAsync(IDocumentSession session, IMessageBus bus, string organizationId, Quarter next, ReviewOptions options, CancellationToken ct)
    {
        var schedule = await session.LoadAsync<ReminderSchedule>(organizationId, ct);
        if (schedule is not null && string.CompareOrdinal(schedule.NextPeriod, next.ToString()) >= 0) return;
        session.Store(new ReminderSchedule { Id = organizationId, NextPeriod = next.ToString() });
        await ScheduleAsync(bus, organizationId, next, options);
    }
}

public static class CheckReviewDueHandler
{
    /// <summary>Records every overdue period of the organization, then schedules the check of the next period to fall due.</summary>
    public static async Task Handle(CheckReviewDue message, IDocumentSession session, IMessageBus bus, IOptions<ReviewOptions> options, TimeProvider clock,
        CancellationToken ct)
    {
        if (await session.LoadAsync<Organization>(message.OrganizationId, ct) is not { } organization) return;
        var next = await OverdueReviews.RecordAsync(session, organization, options.Value, clock.GetUtcNow(), ct);
        await ReviewReminders.ScheduleNextAsync(session, bus, organization.Id, next, options.Value, ct);
    }
}

/// <summary>The latest period whose check is scheduled, per organization (a global document).</summary>
public sealed class ReminderSchedule
{
    public string Id { get; set; } = "";
    public string NextPeriod { get; set; } = "";
}

/// <summary>
/// At start-up: records every organization's overdue periods (those that fell due while no host ran included) and makes
/// sure the check of its next period is scheduled. Not on a timer: recording changes an organization's event log, which
/// should happen at known moments (a start, a period's due instant), not at any time.
/// </summary>
public sealed class ReminderSeeding(IDocumentStore store, IServiceScopeFactory scopes, IOptions<ReviewOptions> options, TimeProvider clock,
    ILogger<ReminderSeeding> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => SeedAsync(stoppingToken);

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        List<Organization> organizations;
        await using (var query = store.QuerySession())
        {
            organizations = (await query.Query<Organization>().ToListAsync(ct)).ToList();
        }

        foreach (var organization in organizations)
        {
            try
            {
                await using var session = store.LightweightSession(organization.Id);
                var next = await OverdueReviews.RecordAsync(session, organization, options.Value, clock.GetUtcNow(), ct);
                await ReviewReminders.ScheduleNextAsync(session, bus, organization.Id, next, options.Value, ct);
                await session.SaveChangesAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One organization's failure must not keep the others' reminders from being recorded; the next round retries it.
                logger.LogError(e, "Recording the overdue reviews of {Organization} failed", organization.Id);
            }
        }
    }
}
