using Inventory.Api.Access;
using Inventory.Domain.Figures;
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

/// <summary>Sent (scheduled, durably) for when a period's grace ends: is its review closed?</summary>
public sealed record CheckReviewDue(string OrganizationId, string Period, int FiscalYearStartMonth);

public static class ReviewReminders
{
    public static DateTimeOffset DueAt(Quarter period, ReviewOptions options) =>
        new DateTimeOffset(period.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + options.GracePeriod;

    /// <summary>Schedules the check of <paramref name="period"/> (Wolverine keeps it in the database: it survives restarts).</summary>
    public static ValueTask ScheduleAsync(IMessageBus bus, string organizationId, Quarter period, ReviewOptions options) =>
        bus.ScheduleAsync(new CheckReviewDue(organizationId, period.ToString(), period.FiscalYearStartMonth), DueAt(period, options),
            new DeliveryOptions { TenantId = organizationId });
}

public static class CheckReviewDueHandler
{
    /// <summary>Marks the period overdue unless its review is closed, then schedules the next quarter's check.</summary>
    public static async Task Handle(CheckReviewDue message, IDocumentSession session, IMessageBus bus, IOptions<ReviewOptions> options, TimeProvider clock)
    {
        if (!Quarter.TryParse(message.Period, message.FiscalYearStartMonth, out var period)) return;
        var claim = await session.LoadAsync<ReviewPeriodClaim>(message.Period);
        var review = claim is null ? null : await session.LoadAsync<Review>(claim.ReviewId);
        if (review is not { IsClosed: true })
        {
            session.Events.Append(ReviewCalendar.StreamId(message.OrganizationId),
                new ReviewOverdue(message.OrganizationId, message.Period, period.LastDay, ReviewReminders.DueAt(period, options.Value)));
        }

        var next = period.Next();
        var calendar = await session.LoadAsync<ReminderSchedule>(message.OrganizationId);
        if (calendar is null || string.CompareOrdinal(calendar.NextPeriod, next.ToString()) < 0)
        {
            session.Store(new ReminderSchedule { Id = message.OrganizationId, NextPeriod = next.ToString() });
            await ReviewReminders.ScheduleAsync(bus, message.OrganizationId, next, options.Value);
        }
    }
}

/// <summary>The latest period whose check is scheduled, per organization (a global document).</summary>
public sealed class ReminderSchedule
{
    public string Id { get; set; } = "";
    public string NextPeriod { get; set; } = "";
}

/// <summary>At start-up, makes sure every organization has the check of its current quarter scheduled.</summary>
public sealed class ReminderSeeding(IDocumentStore store, IServiceScopeFactory scopes, IOptions<ReviewOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10));
        do
        {
            await SeedAsync(stoppingToken);
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await using var session = store.LightweightSession();
        var organizations = await session.Query<Organization>().ToListAsync(ct);
        var schedules = (await session.Query<ReminderSchedule>().ToListAsync(ct)).ToDictionary(s => s.Id);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var organization in organizations)
        {
            var current = Quarter.Containing(today, organization.FiscalYearStartMonth);
            if (schedules.TryGetValue(organization.Id, out var schedule) && string.CompareOrdinal(schedule.NextPeriod, current.ToString()) >= 0) continue;
            session.Store(new ReminderSchedule { Id = organization.Id, NextPeriod = current.ToString() });
            await ReviewReminders.ScheduleAsync(bus, organization.Id, current, options.Value);
        }

        await session.SaveChangesAsync(ct);
    }
}
