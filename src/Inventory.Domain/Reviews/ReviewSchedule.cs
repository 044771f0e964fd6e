using Inventory.Domain.Figures;

namespace Inventory.Domain.Reviews;

/// <summary>A period whose review was due (its quarter over and its grace passed) and is not closed.</summary>
public sealed record OverdueQuarter(Quarter Period, DateTimeOffset DueAt);

/// <summary>
/// When quarterly reviews are due. Every quarter from the organization's first one on is reviewed; a quarter's review is due
/// when the quarter has ended and the grace period after it has passed, and it is overdue from then until it is closed.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>The end of a period's grace: the day after its last day, at midnight UTC, plus the grace period.</summary>
    public static DateTimeOffset DueAt(Quarter period, TimeSpan grace) =>
        new DateTimeOffset(period.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + grace;

    /// <summary>
    /// The organization's first quarter: the quarter (of its fiscal year) holding the earliest of the day it was created, the
    /// day its first segment was defined (effective date: history recorded afterwards counts from where it starts), and the
    /// start of the first period it opened a review of.
    /// </summary>
    public static Quarter FirstQuarter(DateOnly createdOn, IEnumerable<DateOnly> segmentsDefinedOn, IEnumerable<DateOnly> reviewedPeriodsStart, int fiscalYearStartMonth)
    {
        var first = segmentsDefinedOn.Concat(reviewedPeriodsStart).Append(createdOn).Min();
        return Quarter.Containing(first, fiscalYearStartMonth);
    }

    /// <summary>Every period from <paramref name="first"/> on whose review was due by <paramref name="now"/> and is not closed, oldest first.</summary>
    public static IReadOnlyList<OverdueQuarter> Overdue(Quarter first, DateTimeOffset now, TimeSpan grace, IReadOnlySet<string> closedPeriods)
    {
        var overdue = new List<OverdueQuarter>();
        for (var period = first; DueAt(period, grace) <= now; period = period.Next())
        {
            if (!closedPeriods.Contains(period.ToString())) overdue.Add(new OverdueQuarter(period, DueAt(period, grace)));
        }

        return overdue;
    }

    /// <summary>The first period from <paramref name="first"/> on whose review is not yet due at <paramref name="now"/>: the next to check.</summary>
    public static Quarter NextDue(Quarter first, DateTimeOffset now, TimeSpan grace)
    {
        var period = first;
        while (DueAt(period, grace) <= now) period = period.Next();
        return period;
    }
}
