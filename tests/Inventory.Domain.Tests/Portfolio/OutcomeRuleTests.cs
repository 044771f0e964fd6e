using Inventory.Domain.Errors;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using static Inventory.Domain.Tests.Portfolio.Given;

namespace Inventory.Domain.Tests.Portfolio;

/// <summary>The rules of a segment's monthly outcome.</summary>
public class OutcomeRuleTests
{
    private static RecordOutcome Outcome(string month = "2025-06", decimal revenue = 100m, long newCustomers = 1, long lost = 0, long active = 10) =>
        new(YearMonth.Parse(month), revenue, newCustomers, lost, active);

    private static void ShouldBreak(Action decide, string field, string code)
    {
        var violation = Should.Throw<RuleViolation>(decide);
        violation.Field.ShouldBe(field);
        violation.Code.ShouldBe(code);
        violation.Args["field"].ShouldBe(field);
    }

    [Fact]
    public void an_outcome_is_recorded_for_the_segment_and_month()
    {
        var segment = ASegment("2025-05-15").Segment;
        var recorded = Outcome("2025-05", 1234.56m, 7, 2, 30).Decide(segment, ThisMonth);
        recorded.ShouldBe(new SegmentOutcomeRecorded(segment.Id, new YearMonth(2025, 5), 1234.56m, 7, 2, 30));
    }

    [Fact]
    public void a_month_that_ends_before_the_segment_was_defined_is_refused()
    {
        var segment = ASegment("2025-05-15").Segment;
        ShouldBreak(() => Outcome("2025-04").Decide(segment, ThisMonth), "month", ErrorCodes.MonthBeforeSegmentDefined);
        Outcome("2025-05").Decide(segment, ThisMonth).Month.ShouldBe(new YearMonth(2025, 5));
    }

    [Fact]
    public void a_month_that_has_not_started_is_refused() =>
        ShouldBreak(() => Outcome(ThisMonth.Next().ToString()).Decide(ASegment().Segment, ThisMonth), "month", ErrorCodes.NotYetBegun);

    [Fact]
    public void a_discontinued_segment_still_takes_outcomes()
    {
        var given = ASegment("2025-01-01").Discontinue("2025-03-01");
        Outcome("2025-05").Decide(given.Segment, ThisMonth).Revenue.ShouldBe(100m);
    }

    [Fact]
    public void figures_are_not_negative_nor_too_large()
    {
        var segment = ASegment().Segment;
        ShouldBreak(() => Outcome(revenue: -0.01m).Decide(segment, ThisMonth), "revenue", ErrorCodes.Negative);
        ShouldBreak(() => Outcome(revenue: 1_000_000_000_000.01m).Decide(segment, ThisMonth), "revenue", ErrorCodes.AboveMaximum);
        ShouldBreak(() => Outcome(newCustomers: -1).Decide(segment, ThisMonth), "newCustomers", ErrorCodes.Negative);
        ShouldBreak(() => Outcome(lost: -1).Decide(segment, ThisMonth), "lostCustomers", ErrorCodes.Negative);
        ShouldBreak(() => Outcome(active: (long)int.MaxValue + 1).Decide(segment, ThisMonth), "activeCustomers", ErrorCodes.AboveMaximum);
    }

    [Fact]
    public void recording_a_month_again_replaces_all_four_figures_and_leaves_the_portfolio_alone()
    {
        var given = ASegment("2025-01-01");
        var before = given.Segment.LatestEffectiveDate;
        given.Outcome("2025-03", 100m, 1, 2, 3).Outcome("2025-03", 50m, 0, 0, 4);
        given.Facts.Outcome(new YearMonth(2025, 3)).ShouldBe(new OutcomeEntry(new YearMonth(2025, 3), 50m, 0, 0, 4));
        given.Facts.Outcomes().Count.ShouldBe(1);
        given.Segment.LatestEffectiveDate.ShouldBe(before);
        PortfolioEvolution.Changes(new SegmentOutcomeRecorded(given.Segment.Id, new YearMonth(2025, 3), 1m, 0, 0, 0)).ShouldBeFalse();
    }

    [Fact]
    public void a_file_of_outcomes_is_one_event_per_segment_that_means_its_rows_in_order()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        SegmentOutcomeRecorded Row(Guid segment, string month, decimal revenue) => new(segment, YearMonth.Parse(month), revenue, 1, 0, 10);
        var rows = new[] { Row(first, "2025-01", 10m), Row(second, "2025-01", 20m), Row(first, "2025-02", 30m), Row(first, "2025-01", 40m) };

        var imported = ImportedChanges.Gather(rows, "outcomes.csv", "abc");

        imported.Select(i => i.SegmentId).ShouldBe([first, second]);
        imported[0].ShouldBeOfType<OutcomesImported>().Changes().ShouldBe([rows[0], rows[2], rows[3]]);
        var facts = new MonthlyFacts().Apply(imported[0]);
        facts.Outcomes().Select(o => (o.Month.ToString(), o.Revenue)).ShouldBe([("2025-01", 40m), ("2025-02", 30m)]);
        Inventory.Domain.Audit.EventDescription.Of(imported[0]).Summary.ShouldBe("Outcomes of 3 months, 2025-01 to 2025-02, imported from outcomes.csv");
    }
}
