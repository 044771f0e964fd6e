using Inventory.Domain.Figures;
using Inventory.Domain.Tests.Portfolio;
using Inventory.Domain.Vocabulary;
using Inventory.Domain.Portfolio;

namespace Inventory.Domain.Tests.Figures;

public class RelationshipQuarterTests
{
    private static readonly Quarter Q1_2025 = new(2025, 1);

    private static QuarterFigures FiguresOf(Given given, Guid id, Quarter quarter) =>
        RelationshipQuarter.Compute(given.Segment.Find(id)!, quarter, given.Facts);

    [Fact]
    public void a_full_quarter_costs_exactly_three_monthly_figures()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.DedicatedPersonalAssistance, "2025-01-01", 4200m, 12m);

        FiguresOf(given, id, Q1_2025).FixedCost.ShouldBe(12600m);
    }

    [Fact]
    public void fixed_cost_accrues_by_day_and_a_mid_month_revision_splits_the_month()
    {
        // Hotline of the coffee roaster: from 10 Jan at 900/month, 1,100 from 16 Mar.
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.ThirdParty, "2025-01-10", 900m, 3.50m);
        given.ReviseCost(id, "2025-03-16", 1100m, 3.10m);

        // Jan: 22/31 × 900; Feb: 900; Mar: (15 × 900 + 16 × 1100) / 31.
        var expected = 900m * 22 / 31 + 900m + (15 * 900m + 16 * 1100m) / 31;
        Rounding.Money(FiguresOf(given, id, Q1_2025).FixedCost).ShouldBe(Rounding.Money(expected));
        Rounding.Money(expected).ShouldBe(2541.94m);
    }

    [Fact]
    public void variable_cost_uses_the_cost_per_interaction_of_the_last_active_day_of_the_month()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.ThirdParty, "2025-01-10", 900m, 3.50m);
        given.ReviseCost(id, "2025-03-16", 1100m, 3.10m);
        given.Usage(id, "2025-02", 140, 60).Usage(id, "2025-03", 120, 55);

        var figures = FiguresOf(given, id, Q1_2025);
        figures.VariableCost.ShouldBe(140 * 3.50m + 120 * 3.10m);
        figures.Interactions.ShouldBe(260);
        figures.Customers.ShouldBe(60);
        Rounding.Money(figures.Cost).ShouldBe(3403.94m);
    }

    [Fact]
    public void a_retired_relationship_bills_its_last_month_at_the_rate_of_its_last_active_day()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.ThirdParty, "2025-01-01", 900m, 3.00m);
        given.Usage(id, "2025-04", 90, 41);
        given.ReviseCost(id, "2025-04-20", 900m, 5.00m);
        given.Retire(id, "2025-04-16");

        // Active 1–15 April only: the revision of the 20th never applies.
        var figures = FiguresOf(given, id, new Quarter(2025, 2));
        figures.FixedCost.ShouldBe(900m * 15 / 30);
        figures.VariableCost.ShouldBe(90 * 3.00m);
        figures.ActiveCount.ShouldBe(0);
    }

    [Fact]
    public void a_leap_february_divides_by_29()
    {
        var given = Given.ASegment("2024-01-01");
        var id = given.Establish(RelationshipType.SelfService, "2024-02-15", 290m, 0m);

        // 15–29 Feb 2024 is 15 days of 29, then all of March.
        FiguresOf(given, id, new Quarter(2024, 1)).FixedCost.ShouldBe(290m * 15 / 29 + 290m);
    }

    [Fact]
    public void established_on_the_last_day_of_a_quarter_it_counts_active_at_quarter_end_for_one_day_of_cost()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.Communities, "2025-03-31", 310m, 0m);

        var figures = FiguresOf(given, id, Q1_2025);
        figures.ActiveCount.ShouldBe(1);
        figures.FixedCost.ShouldBe(10m);
    }

    [Fact]
    public void retired_on_the_first_day_of_a_quarter_it_is_not_active_at_the_previous_quarter_end_plus_one()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.Communities, "2025-01-01", 300m, 0m);
        given.Retire(id, "2025-04-01");

        FiguresOf(given, id, Q1_2025).ActiveCount.ShouldBe(1);
        FiguresOf(given, id, Q1_2025).FixedCost.ShouldBe(900m);
        var q2 = FiguresOf(given, id, new Quarter(2025, 2));
        q2.ActiveCount.ShouldBe(0);
        q2.Cost.ShouldBe(0m);
        q2.IsPresent.ShouldBeFalse();
    }

    [Fact]
    public void a_backdated_revision_recorded_later_replaces_the_cost_from_its_date()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 600m, 0.05m);
        given.ReviseCost(id, "2025-03-01", 700m, 0.05m);
        given.ReviseCost(id, "2025-02-01", 650m, 0.05m);

        FiguresOf(given, id, Q1_2025).FixedCost.ShouldBe(600m + 650m + 700m);
    }

    [Fact]
    public void of_two_revisions_with_the_same_date_the_one_recorded_last_counts()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 600m, 0.05m);
        given.ReviseCost(id, "2025-02-01", 999m, 0.05m);
        given.ReviseCost(id, "2025-02-01", 650m, 0.05m);

        FiguresOf(given, id, Q1_2025).FixedCost.ShouldBe(600m + 650m + 650m);
    }

    [Fact]
    public void satisfaction_is_weighted_by_responses_and_recording_a_month_again_replaces_it()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.ThirdParty, "2025-01-10", 900m, 3.50m);
        given.Satisfaction(id, "2025-02", 10, 5).Satisfaction(id, "2025-02", 64, 25).Satisfaction(id, "2025-03", 70, 15);

        FiguresOf(given, id, Q1_2025).Satisfaction.ShouldBe(66.25m);
    }

    [Fact]
    public void usage_recorded_again_for_a_month_replaces_the_earlier_figure()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 600m, 0.05m);
        given.Usage(id, "2025-02", 4800, 1750).Usage(id, "2025-02", 5000, 1800);

        var figures = FiguresOf(given, id, Q1_2025);
        figures.Interactions.ShouldBe(5000);
        figures.VariableCost.ShouldBe(250m);
    }
}
