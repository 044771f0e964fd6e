using Inventory.Domain.Audit;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Tests.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Tests.Figures;

/// <summary>Monthly usage and satisfaction kept apart from the portfolio: a month recorded again replaces it; an import means its changes.</summary>
public class MonthlyFactsTests
{
    /// <summary>An import as the importer records it: one event per relationship and file.</summary>
    private sealed record Imported(Guid SegmentId, Guid RelationshipId, string FileName, string Sha256, IReadOnlyList<IRelationshipEvent> Rows) : IImportedChanges, IRelationshipEvent
    {
        public IEnumerable<IPortfolioEvent> Changes() => Rows;
    }

    [Fact]
    public void usage_and_satisfaction_leave_the_portfolio_alone_and_a_month_recorded_again_replaces_it()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.SelfService, "2025-01-01", 600m, 0.05m);
        var latest = given.Segment.LatestEffectiveDate;

        given.Usage(id, "2025-02", 100, 40).Usage(id, "2025-02", 120, 45).Satisfaction(id, "2025-02", 70, 10);

        PortfolioEvolution.Changes(new UsageRecorded(given.Segment.Id, id, YearMonth.Parse("2025-02"), 1, 1)).ShouldBeFalse();
        given.Segment.LatestEffectiveDate.ShouldBe(latest);
        given.Facts.UsageOf(id).ShouldBe([new UsageEntry(YearMonth.Parse("2025-02"), 120, 45)]);
        given.Facts.SatisfactionOf(id).ShouldBe([new SatisfactionEntry(YearMonth.Parse("2025-02"), 70, 10)]);
    }

    [Fact]
    public void an_import_is_folded_as_its_changes_in_file_order()
    {
        var given = Given.ASegment();
        var id = given.Establish(RelationshipType.ThirdParty, "2025-01-01", 900m, 3.50m);
        var segment = given.Segment.Id;
        var march = YearMonth.Parse("2025-03");
        var import = new Imported(segment, id, "usage-2025-03.csv", "ab12", [
            new UsageRecorded(segment, id, march, 100, 40),
            new CostRevised(segment, id, 1100m, 3.10m, new DateOnly(2025, 3, 16), "renewal"),
            new UsageRecorded(segment, id, march, 120, 55),
            new SatisfactionRecorded(segment, id, march, 70, 15),
        ]);

        given.Then(import);

        PortfolioEvolution.Changes(import).ShouldBeTrue();
        given.Segment.Find(id)!.Costs.Select(c => c.MonthlyFixedCost).ShouldBe([900m, 1100m]);
        given.Facts.Usage(id, march).ShouldBe(new UsageEntry(march, 120, 55));
        given.Facts.Satisfaction(id, march)!.Responses.ShouldBe(15);
        // 15 days at 900 and 16 at 1100 of 31, and 120 interactions at the rate of the month's last active day.
        RelationshipMonth.Compute(given.Segment.Find(id)!, march, given.Facts).VariableCost.ShouldBe(372m);
        EventDescription.Of(import).Summary.ShouldEndWith("imported from usage-2025-03.csv");
    }
}
