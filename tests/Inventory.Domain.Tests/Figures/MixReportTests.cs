using Inventory.Domain.Figures;
using Inventory.Domain.Reports;
using Inventory.Domain.Tests.Portfolio;
using Inventory.Domain.Vocabulary;
using Inventory.Domain.Portfolio;

namespace Inventory.Domain.Tests.Figures;

/// <summary>The coffee roaster scenario (Scenarios/Data in the API tests), built in memory; figures hand-checked in its expected file.</summary>
public class MixReportTests
{
    private static (Given Home, Given Cafes) CoffeeRoaster()
    {
        var home = Given.ASegment(name: "Home brewers");
        var cafes = Given.ASegment(name: "Cafés and offices", motivation: Motivation.BoostingSales);
        var webshop = home.Establish(RelationshipType.SelfService, "2025-01-01", 600m, 0.05m);
        var club = home.Establish(RelationshipType.Communities, "2025-02-15", 450m, 0m);
        var kam = cafes.Establish(RelationshipType.DedicatedPersonalAssistance, "2025-01-01", 4200m, 12m);
        var hotline = cafes.Establish(RelationshipType.ThirdParty, "2025-01-10", 900m, 3.50m, provider: "CallCo");
        home.Usage(webshop, "2025-01", 5200, 1900).Usage(webshop, "2025-02", 4800, 1750).Usage(webshop, "2025-03", 6100, 2300);
        cafes.Usage(kam, "2025-01", 80, 35).Usage(kam, "2025-02", 95, 38).Usage(hotline, "2025-02", 140, 60);
        cafes.ReviseCost(hotline, "2025-03-16", 1100m, 3.10m).Usage(hotline, "2025-03", 120, 55);
        home.Satisfaction(club, "2025-03", 88, 40).Satisfaction(webshop, "2025-03", 71, 300);
        cafes.Satisfaction(hotline, "2025-02", 64, 25).Satisfaction(hotline, "2025-03", 70, 15);
        cafes.Usage(kam, "2025-03", 110, 40);
        home.Usage(webshop, "2025-02", 5000, 1800);
        cafes.Retire(hotline, "2025-05-01");
        var portal = cafes.Establish(RelationshipType.AutomatedServices, "2025-04-20", 800m, 0.20m);
        cafes.Usage(portal, "2025-04", 300, 22).Usage(hotline, "2025-04", 90, 41);
        return (home, cafes);
    }

    private static MixReport Mix(params Given[] segments) => MixReport.Build(
        Quarter.Range(new Quarter(2025, 1), new Quarter(2025, 3)),
        segments.Select(s => new SegmentFigures(s.Segment.Id, s.Segment.Name, s.Figures())).ToList());

    [Fact]
    public void the_first_quarter_matches_the_worked_example()
    {
        var (home, cafes) = CoffeeRoaster();
        var q1 = Mix(home, cafes).Quarters[0];

        q1.TotalActive.ShouldBe(4);
        q1.TotalCost.ShouldBe(22713.94m);
        q1.Types.Select(t => (t.Type, t.ActiveCount, t.Cost, t.Interactions, t.ShareByCost)).ShouldBe(
        [
            (RelationshipType.Communities, 1, 675.00m, 0L, 0.0297m),
            (RelationshipType.DedicatedPersonalAssistance, 1, 16020.00m, 285L, 0.7053m),
            (RelationshipType.SelfService, 1, 2615.00m, 16300L, 0.1151m),
            (RelationshipType.ThirdParty, 1, 3403.94m, 260L, 0.1499m),
        ]);
        var thirdParty = q1.Types.Single(t => t.Type == RelationshipType.ThirdParty);
        thirdParty.Satisfaction.ShouldBe(66.25m);
        thirdParty.CostPerInteraction.ShouldBe(13.0921m);
        q1.Types.Single(t => t.Type == RelationshipType.Communities).CostPerInteraction.ShouldBeNull();
        q1.Types.Single(t => t.Type == RelationshipType.SelfService).CostPerInteraction.ShouldBe(0.1604m);
    }

    [Fact]
    public void the_second_quarter_keeps_the_retired_hotline_for_its_cost_but_not_its_count()
    {
        var (home, cafes) = CoffeeRoaster();
        var q2 = Mix(home, cafes).Quarters[1];

        q2.TotalActive.ShouldBe(4);
        q2.TotalCost.ShouldBe(19082.33m);
        var thirdParty = q2.Types.Single(t => t.Type == RelationshipType.ThirdParty);
        (thirdParty.ActiveCount, thirdParty.Cost, thirdParty.ShareByCount, thirdParty.CostPerInteraction).ShouldBe((0, 1379.00m, 0m, 15.3222m));
        q2.Types.Single(t => t.Type == RelationshipType.AutomatedServices).Cost.ShouldBe(1953.33m);
        q2.Segments.Single(s => s.Name == "Cafés and offices").Types.Sum(t => t.Cost).ShouldBe(15932.33m);
        q2.Segments.Single(s => s.Name == "Home brewers").Types.Sum(t => t.Cost).ShouldBe(3150.00m);
    }

    [Fact]
    public void a_quarter_after_every_change_is_the_steady_state()
    {
        var (home, cafes) = CoffeeRoaster();
        var q3 = Mix(home, cafes).Quarters[2];

        q3.TotalCost.ShouldBe(18150.00m);
        q3.Types.Select(t => t.Type).ShouldNotContain(RelationshipType.ThirdParty);
        q3.Types.Single(t => t.Type == RelationshipType.AutomatedServices).ShareByCost.ShouldBe(0.1322m);
    }

    [Fact]
    public void customers_of_a_group_is_its_largest_monthly_total()
    {
        var given = Given.ASegment();
        var a = given.Establish(RelationshipType.SelfService, "2025-01-01", 0, 0);
        var b = given.Establish(RelationshipType.SelfService, "2025-01-01", 0, 0);
        given.Usage(a, "2025-01", 10, 100).Usage(b, "2025-01", 10, 50).Usage(a, "2025-02", 10, 120).Usage(b, "2025-03", 10, 60);

        Mix(given).Quarters[0].Types.Single().Customers.ShouldBe(150);
    }

    [Fact]
    public void a_fiscal_year_starting_in_april_puts_april_to_june_in_q1()
    {
        var given = Given.ASegment();
        given.Establish(RelationshipType.SelfService, "2025-04-01", 100, 0);
        var report = MixReport.Build([new Quarter(2025, 1, FiscalYearStartMonth: 4)],
            [new SegmentFigures(given.Segment.Id, "s", given.Figures())]);
        report.Quarters[0].TotalCost.ShouldBe(300m);
        Quarter.Containing(new DateOnly(2026, 3, 31), 4).ToString().ShouldBe("2025-Q4");
    }
}
