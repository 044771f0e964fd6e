using Inventory.Domain.Figures;
using Inventory.Domain.Limits;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Tests.Portfolio;
using Inventory.Domain.Vocabulary;
using static Inventory.Domain.Tests.Portfolio.Given;

namespace Inventory.Domain.Tests.Limits;

public class InputLimitTests
{
    private static void ShouldBreak(Action decide, string field) => Should.Throw<RuleViolation>(decide).Field.ShouldBe(field);

    [Fact]
    public void dates_from_1900_to_2200_are_in_range_and_nothing_outside()
    {
        InputLimits.InRange(new DateOnly(1900, 1, 1)).ShouldBeTrue();
        InputLimits.InRange(new DateOnly(2200, 12, 31)).ShouldBeTrue();
        InputLimits.InRange(new DateOnly(1899, 12, 31)).ShouldBeFalse();
        InputLimits.InRange(new DateOnly(2201, 1, 1)).ShouldBeFalse();
        InputLimits.InRange(DateOnly.MinValue).ShouldBeFalse();
        InputLimits.InRange(new YearMonth(9999, 12)).ShouldBeFalse();
        InputLimits.InRange(new YearMonth(2200, 12)).ShouldBeTrue();
        InputLimits.InRange(new DateTimeOffset(2200, 12, 31, 23, 59, 59, TimeSpan.Zero)).ShouldBeTrue();
        InputLimits.InRange(new DateTimeOffset(2201, 1, 1, 0, 0, 0, TimeSpan.Zero)).ShouldBeFalse();
        InputLimits.InRange(DateTimeOffset.MinValue).ShouldBeFalse();
    }

    [Fact]
    public void text_with_a_nul_character_is_not_storable_and_any_other_text_is()
    {
        InputLimits.IsStorable("Café ☕ \t\n\u0001").ShouldBeTrue();
        InputLimits.IsStorable("a\0b").ShouldBeFalse();
    }

    [Fact]
    public void money_is_bounded_at_ten_to_the_twelfth()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        new ReviseCost(id, InputLimits.MaxMoney, InputLimits.MaxMoney, null, D("2025-02-01"), null).Decide(given.Segment, Currency)
            .MonthlyFixedCost.ShouldBe(1_000_000_000_000m);
        ShouldBreak(() => new ReviseCost(id, InputLimits.MaxMoney + 0.01m, 1, null, D("2025-02-01"), null).Decide(given.Segment, Currency), "monthlyFixedCost");
        ShouldBreak(() => new ReviseCost(id, 1, decimal.MaxValue, null, D("2025-02-01"), null).Decide(given.Segment, Currency), "costPerInteraction");
        ShouldBreak(() => new EstablishRelationship(Guid.NewGuid(), RelationshipType.PersonalAssistance, "Desk", [], [], [], Horizon.LongTerm, null, null,
            decimal.MaxValue, 0, null, D("2025-01-01")).Decide(given.Segment, Currency), "monthlyFixedCost");
    }

    [Fact]
    public void counts_are_bounded_at_ten_to_the_twelfth()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        var month = YearMonth.Parse("2025-03");
        new RecordUsage(id, month, InputLimits.MaxCount, InputLimits.MaxCount).Decide(given.Segment, ThisMonth).Interactions.ShouldBe(1_000_000_000_000L);
        ShouldBreak(() => new RecordUsage(id, month, long.MaxValue, 1).Decide(given.Segment, ThisMonth), "interactions");
        ShouldBreak(() => new RecordUsage(id, month, 1, InputLimits.MaxCount + 1).Decide(given.Segment, ThisMonth), "customersReached");
        ShouldBreak(() => new RecordSatisfaction(id, month, 50, InputLimits.MaxCount + 1).Decide(given.Segment, ThisMonth), "responses");
    }

    [Fact]
    public void usage_and_satisfaction_of_a_month_that_has_not_started_are_refused()
    {
        var given = ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        var now = YearMonth.Parse("2025-06");
        new RecordUsage(id, now, 1, 1).Decide(given.Segment, now).Month.ShouldBe(now);
        new RecordSatisfaction(id, now, 50, 1).Decide(given.Segment, now).Month.ShouldBe(now);
        ShouldBreak(() => new RecordUsage(id, now.Next(), 1, 1).Decide(given.Segment, now), "month");
        ShouldBreak(() => new RecordSatisfaction(id, now.Next(), 50, 1).Decide(given.Segment, now), "month");
    }

    [Fact]
    public void a_sum_too_large_for_a_count_throws_instead_of_turning_negative()
    {
        var big = new MonthFigures(1, 0, 0, long.MaxValue, 0, 0, 0);
        Should.Throw<OverflowException>(() => big + new MonthFigures(1, 0, 0, 1, 0, 0, 0));
        Should.Throw<OverflowException>(() => MonthFigures.Quarter(big, big, default));
        (big + default(MonthFigures)).Interactions.ShouldBe(long.MaxValue);
    }
}
