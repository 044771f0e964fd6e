namespace Inventory.Domain.Reviews;

/// <summary>A quarter ended and its grace period passed without a closed review.</summary>
public sealed record ReviewOverdue(string OrganizationId, string Period, DateOnly PeriodEnd, DateTimeOffset DueAt);

/// <summary>An organization's review reminders: the periods that became overdue.</summary>
public sealed class ReviewCalendar
{
    public Guid Id { get; set; }
    public List<ReviewOverdue> Overdue { get; set; } = [];

    public static ReviewCalendar? Evolve(ReviewCalendar? calendar, Guid id, object @event)
    {
        if (@event is not ReviewOverdue overdue) return calendar;
        calendar ??= new ReviewCalendar { Id = id };
        if (!calendar.Overdue.Exists(o => o.Period == overdue.Period)) calendar.Overdue.Add(overdue);
        return calendar;
    }

    /// <summary>The calendar stream of an organization: one per organization, with an id derived from it.</summary>
    public static Guid StreamId(string organizationId) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"review-calendar:{organizationId}")));
}
