using Inventory.Domain.Figures;
using Inventory.Domain.Reviews;

namespace Inventory.Domain.Tests.Reviews;

public class ReviewScheduleTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromDays(30);

    [Fact]
    public void a_quarters_review_is_due_when_its_grace_after_the_quarter_has_passed()
    {
        ReviewSchedule.DueAt(new Quarter(2026, 3), Grace).ShouldBe(new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero));
        // Fiscal year from April: 2026-Q1 is April to June.
        ReviewSchedule.DueAt(new Quarter(2026, 1, 4), Grace).ShouldBe(new DateTimeOffset(2026, 7, 31, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void the_first_quarter_is_the_earliest_of_creation_first_definition_and_first_reviewed_period()
    {
        var created = new DateOnly(2026, 11, 27);
        ReviewSchedule.FirstQuarter(created, [], [], 1).ShouldBe(new Quarter(2026, 4));
        ReviewSchedule.FirstQuarter(created, [new DateOnly(2025, 2, 14), new DateOnly(2025, 8, 1)], [], 1).ShouldBe(new Quarter(2025, 1));
        ReviewSchedule.FirstQuarter(created, [new DateOnly(2025, 2, 14)], [new DateOnly(2024, 10, 1)], 1).ShouldBe(new Quarter(2024, 4));
        ReviewSchedule.FirstQuarter(created, [new DateOnly(2025, 2, 14)], [], 4).ShouldBe(new Quarter(2024, 4, 4));
    }

    [Fact]
    public void every_period_past_its_grace_without_a_closed_review_is_overdue_oldest_first()
    {
        var now = new DateTimeOffset(2026, 11, 27, 13, 13, 43, TimeSpan.Zero);
        var overdue = ReviewSchedule.Overdue(new Quarter(2025, 1), now, Grace, new HashSet<string> { "2025-Q4" });

        overdue.Select(o => o.Period.ToString()).ShouldBe(["2025-Q1", "2025-Q2", "2025-Q3", "2026-Q1", "2026-Q2", "2026-Q3"]);
        overdue[^1].DueAt.ShouldBe(new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void a_period_is_not_overdue_before_its_grace_ends_and_is_from_the_instant_it_ends()
    {
        var due = new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero);
        ReviewSchedule.Overdue(new Quarter(2026, 3), due.AddTicks(-1), Grace, new HashSet<string>()).ShouldBeEmpty();
        ReviewSchedule.Overdue(new Quarter(2026, 3), due, Grace, new HashSet<string>()).Single().Period.ShouldBe(new Quarter(2026, 3));
        ReviewSchedule.NextDue(new Quarter(2025, 1), due, Grace).ShouldBe(new Quarter(2026, 4));
    }
}
