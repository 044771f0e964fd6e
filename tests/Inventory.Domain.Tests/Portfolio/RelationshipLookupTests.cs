using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Tests.Portfolio;

/// <summary>A large portfolio finds its relationships by id (an import asks once per row), and sees every one added later.</summary>
public class RelationshipLookupTests
{
    [Fact]
    public void a_large_portfolio_finds_each_relationship_by_id_and_one_established_after_an_earlier_lookup()
    {
        var given = Given.ASegment();
        var ids = Enumerable.Range(0, 40).Select(_ => given.Establish(RelationshipType.AutomatedServices, "2025-02-01", 100, 0.1m)).ToList();

        foreach (var id in ids) given.Segment.Find(id)!.Id.ShouldBe(id);
        given.Segment.Find(Guid.NewGuid()).ShouldBeNull();

        var later = given.Establish(RelationshipType.CoCreation, "2025-03-01", 50, 0m, name: "Later");
        given.Segment.Find(later)!.Name.ShouldBe("Later");
    }

    [Fact]
    public void a_relationship_of_a_large_portfolio_unknown_to_it_is_refused_as_before()
    {
        var given = Given.ASegment();
        for (var i = 0; i < 20; i++) given.Establish(RelationshipType.AutomatedServices, "2025-02-01", 100, 0.1m);

        Should.Throw<UnknownRelationship>(() => new RecordUsage(Guid.NewGuid(), new Inventory.Domain.Figures.YearMonth(2025, 3), 1, 1).Decide(given.Segment, Given.ThisMonth));
    }

    [Fact]
    public void a_portfolio_as_of_a_date_finds_its_own_copies()
    {
        var given = Given.ASegment();
        var ids = Enumerable.Range(0, 20).Select(_ => given.Establish(RelationshipType.AutomatedServices, "2025-02-01", 100, 0.1m)).ToList();
        given.Segment.Find(ids[0]).ShouldNotBeNull();

        var asOf = given.Segment.AsOf(Given.D("2025-06-30"));
        asOf.Find(ids[5]).ShouldBeSameAs(asOf.Relationships[5]);
    }
}
