using Inventory.Domain.Figures;
using Inventory.Domain.Reports;
using Inventory.Domain.Tests.Portfolio;
using Inventory.Domain.Vocabulary;
using static Inventory.Domain.Tests.Portfolio.Given;

namespace Inventory.Domain.Tests.Reports;

/// <summary>
/// Every cost-benefit figure on small segments whose numbers are worked out by hand in the comments (docs/figures.md,
/// "Cost-benefit"). Fixed costs only, so each relationship costs its monthly figure times the months it is active.
/// </summary>
public class CostBenefitReportTests
{
    private static readonly DateOnly Later = D("2026-06-30");

    /// <summary>
    /// A language school's adults: desk (acquisition, 3000/month), club (retention + boosting sales, 600), blog (no
    /// motivation, 300), all from 2025-01-01. In Q2 the club turns to acquisition (2025-05-10); in Q3 the desk turns to
    /// retention (2025-07-20) and is retired from 2025-08-16, and the objective becomes retention (2025-08-20).
    /// </summary>
    private static Given School()
    {
        var adults = ASegment("2025-01-01", "Adults", Motivation.Acquisition);
        var desk = adults.Establish(RelationshipType.PersonalAssistance, "2025-01-01", 3000m, 0m, name: "Desk", motivations: [Motivation.Acquisition]);
        var club = adults.Establish(RelationshipType.Communities, "2025-01-01", 600m, 0m, name: "Club", motivations: [Motivation.Retention, Motivation.BoostingSales]);
        adults.Establish(RelationshipType.SelfService, "2025-01-01", 300m, 0m, name: "Blog", motivations: []);
        adults.Outcome("2025-01", 10000m, 100, 10, 1090).Outcome("2025-02", 10000m, 50, 20, 1120).Outcome("2025-03", 12000m, 60, 30, 1150);
        adults.Outcome("2025-04", 8000m, 40, 20, 1170).Outcome("2025-06", 9000m, 80, 50, 1200);
        adults.Motivations(club, "2025-05-10", Motivation.Acquisition);
        adults.Motivations(desk, "2025-07-20", Motivation.Retention).Retire(desk, "2025-08-16");
        adults.ChangeObjective(Motivation.Retention, "2025-08-20");
        return adults;
    }

    private static CostBenefitReport Report(string from, string to, DateOnly? asOf = null, decimal threshold = CostBenefitReport.DefaultThreshold, params Given[] segments)
    {
        Quarter.TryParse(from, 1, out var first).ShouldBeTrue();
        Quarter.TryParse(to, 1, out var last).ShouldBeTrue();
        var date = asOf ?? Later;
        return CostBenefitReport.Build(Quarter.Range(first, last).ToList(),
            segments.Select(s => new SegmentFacts(s.Segment, s.Facts).AsOf(date)).ToList(), date, threshold);
    }

    private static CostBenefitSegment Only(CostBenefitReport report, int quarter = 0) => report.Quarters[quarter].Segments.ShouldHaveSingleItem();

    [Fact]
    public void a_quarter_with_outcomes_and_no_opening_month()
    {
        var q1 = Only(Report("2025-Q1", "2025-Q1", segments: School()));

        q1.Objective.ShouldBe(Motivation.Acquisition);
        q1.Revenue.ShouldBe(32000m);                    // 10000 + 10000 + 12000
        q1.RelationshipCost.ShouldBe(11700m);           // (3000 + 600 + 300) × 3
        q1.CostToServe.ShouldBe(0.3656m);               // 11700 / 32000 = 0.365625
        (q1.NewCustomers, q1.LostCustomers).ShouldBe((210L, 60L)); // 100+50+60, 10+20+30
        q1.OpeningCustomers.ShouldBeNull();             // 2024-12 has no outcome
        q1.ClosingCustomers.ShouldBe(1150);             // March
        q1.RetentionRate.ShouldBeNull();
        q1.ChurnRate.ShouldBeNull();
        q1.RevenuePerCustomer.ShouldBe(27.83m);         // 32000 / 1150 = 27.826…
        // desk 9000; club 1800 split in two; blog 900 without a motivation
        q1.CostByMotivation.ShouldBe(new CostByMotivation(9000m, 900m, 900m, 900m));
        q1.AcquisitionCostPerNewCustomer.ShouldBe(42.86m);    // 9000 / 210 = 42.857…
        q1.RetentionCostPerRetainedCustomer.ShouldBe(0.96m);  // 900 / (1150 − 210) = 0.9574…
        q1.ObjectiveAlignment.ShouldBe(0.7692m);              // 9000 / 11700 = 0.76923…
        q1.Flags.ShouldBeEmpty();
    }

    [Fact]
    public void motivations_changed_mid_quarter_count_as_on_its_last_day_and_the_threshold_looks_at_the_quarter_before_the_range()
    {
        // Asked for Q2 alone: Q1 (outside the range) still gives the acquisition cost to compare with.
        var q2 = Only(Report("2025-Q2", "2025-Q2", segments: School()));

        q2.Revenue.ShouldBe(17000m);                    // April 8000 + June 9000; May has no outcome
        q2.RelationshipCost.ShouldBe(11700m);
        (q2.NewCustomers, q2.LostCustomers).ShouldBe((120L, 70L));
        q2.OpeningCustomers.ShouldBe(1150);             // March
        q2.ClosingCustomers.ShouldBe(1200);             // June, the latest month with an outcome
        q2.RetentionRate.ShouldBe(0.9391m);             // (1200 − 120) / 1150 = 0.93913…
        q2.ChurnRate.ShouldBe(0.0609m);                 // 70 / 1150 = 0.06086…
        q2.RevenuePerCustomer.ShouldBe(14.17m);         // 17000 / 1200 = 14.166…
        // the club serves acquisition on 2025-06-30: its whole 1800 goes there
        q2.CostByMotivation.ShouldBe(new CostByMotivation(10800m, 0m, 0m, 900m));
        q2.AcquisitionCostPerNewCustomer.ShouldBe(90m);       // 10800 / 120
        q2.RetentionCostPerRetainedCustomer.ShouldBe(0m);     // 0 / (1200 − 120)
        q2.ObjectiveAlignment.ShouldBe(0.9231m);              // 10800 / 11700 = 0.92307…
        // 90 > 42.857… × 1.1 = 47.14
        q2.Flags.ShouldBe([CostBenefitFlag.AcquisitionCostRising]);

        // 90 ≤ 42.857… × 2.2 = 94.29: under a threshold of 1.2 it is not flagged
        Only(Report("2025-Q2", "2025-Q2", threshold: 1.2m, segments: School())).Flags.ShouldBeEmpty();
    }

    [Fact]
    public void a_quarter_without_outcomes_with_a_relationship_retired_mid_quarter_and_the_objective_changed()
    {
        var q3 = Only(Report("2025-Q3", "2025-Q3", segments: School()));

        // desk: July 3000 + 15 days of August 3000 × 15/31 = 1451.6129…; club 1800; blog 900
        q3.RelationshipCost.ShouldBe(7151.61m);         // 7151.6129…
        q3.Revenue.ShouldBe(0m);
        q3.CostToServe.ShouldBeNull();
        q3.ClosingCustomers.ShouldBeNull();
        q3.OpeningCustomers.ShouldBe(1200);
        q3.RetentionRate.ShouldBeNull();
        q3.ChurnRate.ShouldBe(0m);                      // 0 lost / 1200
        q3.RevenuePerCustomer.ShouldBeNull();
        q3.AcquisitionCostPerNewCustomer.ShouldBeNull();
        q3.RetentionCostPerRetainedCustomer.ShouldBeNull();
        // the desk's last active day is 2025-08-15, when it serves retention
        q3.CostByMotivation.ShouldBe(new CostByMotivation(1800m, 4451.61m, 0m, 900m));
        q3.Objective.ShouldBe(Motivation.Retention);    // changed 2025-08-20, in effect on 2025-09-30
        q3.ObjectiveAlignment.ShouldBe(0.6225m);        // 4451.6129… / 7151.6129… = 0.62246…
        q3.Flags.ShouldBeEmpty();                       // no outcome: cost can't exceed revenue
    }

    [Fact]
    public void as_of_a_date_later_outcomes_adjustments_and_objective_changes_are_left_out()
    {
        // As of 2025-05-09: the club's change (05-10) and June's outcome are not known to be in effect.
        var q2 = Only(Report("2025-Q2", "2025-Q2", D("2025-05-09"), segments: School()));
        q2.Revenue.ShouldBe(8000m);
        q2.ClosingCustomers.ShouldBe(1170);
        q2.CostByMotivation.ShouldBe(new CostByMotivation(9000m, 900m, 900m, 900m));
        q2.AcquisitionCostPerNewCustomer.ShouldBe(225m);     // 9000 / 40
        q2.RetentionRate.ShouldBe(0.9826m);                  // (1170 − 40) / 1150 = 0.98260…
        // 11700 > 8000; 225 > 42.857… × 1.1
        q2.Flags.ShouldBe([CostBenefitFlag.CostExceedsRevenue, CostBenefitFlag.AcquisitionCostRising]);

        // As of 2025-08-19 the objective is still acquisition: 1800 / 7151.6129… = 0.25169 of the cost serves it.
        var q3 = Only(Report("2025-Q3", "2025-Q3", D("2025-08-19"), segments: School()));
        q3.Objective.ShouldBe(Motivation.Acquisition);
        q3.ObjectiveAlignment.ShouldBe(0.2517m);
        q3.Flags.ShouldBe([CostBenefitFlag.Misaligned]);
    }

    [Fact]
    public void a_segment_defined_mid_quarter_appears_from_that_quarter_and_totals_add_up()
    {
        var late = ASegment("2025-05-15", "Families", Motivation.BoostingSales);
        late.Establish(RelationshipType.AutomatedServices, "2025-05-15", 310m, 0m, motivations: [Motivation.BoostingSales]);
        late.Outcome("2025-05", 100m, 10, 0, 10).Outcome("2025-06", 200m, 5, 1, 14).Outcome("2025-10", 100m, 1, 0, 15);
        var report = Report("2025-Q1", "2025-Q4", segments: [School(), late]);

        report.Quarters[0].Segments.Select(s => s.Name).ShouldBe(["Adults"]);
        report.Quarters[1].Segments.Select(s => s.Name).ShouldBe(["Adults", "Families"]);
        var families = report.Quarters[1].Segments[1];
        families.RelationshipCost.ShouldBe(480m);       // May 310 × 17/31 = 170, June 310
        families.Revenue.ShouldBe(300m);
        families.CostToServe.ShouldBe(1.6m);            // 480 / 300
        families.OpeningCustomers.ShouldBeNull();       // April has no outcome
        families.RevenuePerCustomer.ShouldBe(21.43m);   // 300 / 14 = 21.428…
        families.AcquisitionCostPerNewCustomer.ShouldBe(0m);      // nothing serves acquisition: 0 / 15
        families.RetentionCostPerRetainedCustomer.ShouldBeNull(); // 14 − 15 retained: none
        families.ObjectiveAlignment.ShouldBe(1m);
        families.Flags.ShouldBe([CostBenefitFlag.CostExceedsRevenue]);

        var total = report.Quarters[1];
        total.Revenue.ShouldBe(17300m);                 // 17000 + 300
        total.RelationshipCost.ShouldBe(12180m);        // 11700 + 480
        total.CostToServe.ShouldBe(0.7040m);            // 12180 / 17300 = 0.70404…
        (total.NewCustomers, total.LostCustomers).ShouldBe((135L, 71L));

        // Q4: September has no outcome, so no opening figure although May and June have one.
        var q4 = report.Quarters[3].Segments.Single(s => s.Name == "Families");
        q4.OpeningCustomers.ShouldBeNull();
        q4.ClosingCustomers.ShouldBe(15);
        q4.Revenue.ShouldBe(100m);
        q4.RelationshipCost.ShouldBe(930m);             // 310 × 3
    }

    [Fact]
    public void a_discontinued_segment_keeps_its_trailing_revenue()
    {
        var shop = ASegment("2025-01-01", "Shop", Motivation.Retention);
        shop.Establish(RelationshipType.SelfService, "2025-01-01", 900m, 0m, motivations: [Motivation.Retention]);
        shop.Discontinue("2025-03-01").Outcome("2025-03", 1000m, 0, 3, 25).Outcome("2025-04", 500m, 0, 5, 20);
        var report = Report("2025-Q1", "2025-Q2", segments: shop);

        var q1 = Only(report);
        q1.RelationshipCost.ShouldBe(1800m);            // January and February
        q1.Flags.ShouldBe([CostBenefitFlag.CostExceedsRevenue]); // 1800 > 1000

        var q2 = Only(report, 1);
        q2.RelationshipCost.ShouldBe(0m);
        q2.Revenue.ShouldBe(500m);
        q2.CostToServe.ShouldBe(0m);                    // 0 / 500
        q2.ObjectiveAlignment.ShouldBeNull();           // nothing cost anything
        q2.OpeningCustomers.ShouldBe(25);
        q2.RetentionRate.ShouldBe(0.8m);                // (20 − 0) / 25
        q2.ChurnRate.ShouldBe(0.2m);                    // 5 / 25
        q2.RevenuePerCustomer.ShouldBe(25m);            // 500 / 20
        q2.AcquisitionCostPerNewCustomer.ShouldBeNull(); // no new customer
        q2.Flags.ShouldBeEmpty();
    }

    [Fact]
    public void of_two_motivation_changes_on_one_date_the_one_recorded_last_counts()
    {
        var segment = ASegment("2025-01-01", "Cafés", Motivation.BoostingSales);
        var app = segment.Establish(RelationshipType.AutomatedServices, "2025-01-01", 100m, 0m, motivations: [Motivation.Retention]);
        segment.Motivations(app, "2025-02-01", Motivation.Acquisition).Motivations(app, "2025-02-01", Motivation.BoostingSales, Motivation.Retention);

        var q1 = Only(Report("2025-Q1", "2025-Q1", segments: segment));
        q1.CostByMotivation.ShouldBe(new CostByMotivation(0m, 150m, 150m, 0m)); // 300 split in two
        q1.ObjectiveAlignment.ShouldBe(0.5m);
        q1.Flags.ShouldBeEmpty();                       // 0.5 is not below 0.5
    }

    [Fact]
    public void a_segment_defined_after_the_as_of_date_is_left_out()
    {
        var late = ASegment("2025-05-15", "Families", Motivation.BoostingSales);
        Report("2025-Q2", "2025-Q2", D("2025-05-14"), segments: late).Quarters[0].Segments.ShouldBeEmpty();
    }
}
