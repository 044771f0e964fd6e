using System.Text.Json;
using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Vocabulary;
using static Inventory.Domain.Tests.Portfolio.Given;

namespace Inventory.Domain.Tests.Portfolio;

/// <summary>
/// The decision state (what the store keeps per segment) is the whole portfolio without the relationships' dated
/// entries; decisions give the same answers on it, and handed the entries a range needs it gives the range's figures.
/// </summary>
public class DecisionStateTests
{
    private static Given AHistory(out Guid shop, out Guid club)
    {
        var given = ASegment();
        shop = given.Establish(RelationshipType.SelfService, "2025-01-01", 100, 1);
        club = given.Establish(RelationshipType.Communities, "2025-03-10", 300, 0.5m, motivations: [Motivation.Acquisition]);
        given.ReviseCost(shop, "2025-04-01", 200, 2).ReviseCost(shop, "2025-02-15", 150, 1.5m).ReviseCost(club, "2025-08-20", 350, 0.25m)
            .Motivations(shop, "2025-06-01", Motivation.BoostingSales).Motivations(shop, "2025-03-01", Motivation.Acquisition)
            .Usage(shop, "2025-05", 40, 10).Usage(club, "2025-09", 70, 20).Usage(shop, "2025-02", 30, 9);
        return given;
    }

    private static SegmentPortfolio DecisionState(Given given) =>
        given.Events.Aggregate((SegmentPortfolio?)null, PortfolioEvolution.EvolveDecisionState)!;

    [Fact]
    public void the_decision_state_is_the_whole_portfolio_without_dated_entries()
    {
        var given = AHistory(out _, out _);
        var state = DecisionState(given);

        state.Relationships.ShouldAllBe(r => r.Costs.Count == 0 && r.Attributes.Count == 0 && r.Integrations.Count == 0);
        var whole = given.Segment.WithDated(new Dictionary<Guid, DatedEntries>());
        JsonSerializer.Serialize(state).ShouldBe(JsonSerializer.Serialize(whole));
    }

    [Fact]
    public void decisions_on_the_decision_state_give_the_same_events()
    {
        var given = AHistory(out var shop, out var club);
        var state = DecisionState(given);

        foreach (var decide in new Func<SegmentPortfolio, object>[]
                 {
                     s => new ReviseCost(shop, 10, 1, null, D("2025-07-01"), "r").Decide(s, Currency),
                     s => new AdjustRelationship(club, [Channel.Email], null, null, null, "Owner", null, D("2025-10-01"), null).Decide(s),
                     s => new LinkIntegration(shop, CanvasBlock.KeyResources, "note", D("2025-05-01")).Decide(s),
                     s => new RecordUsage(club, new YearMonth(2025, 10), 5, 1).Decide(s, ThisMonth),
                     s => new RetireRelationship(shop, D("2025-12-01"), "r").Decide(s),
                 })
        {
            JsonSerializer.Serialize(decide(state)).ShouldBe(JsonSerializer.Serialize(decide(given.Segment)));
        }

        Should.Throw<RuleViolation>(() => new ReviseCost(club, 10, 1, null, D("2025-03-01"), "r").Decide(state, Currency)).Field.ShouldBe("effectiveDate");
    }

    [Theory]
    [InlineData("2025-01-01", "2025-12-31")]
    [InlineData("2025-03-01", "2025-06-30")]
    [InlineData("2025-04-01", "2025-09-30")]
    public void handed_the_entries_in_effect_at_a_ranges_start_and_inside_it_the_decision_state_gives_the_ranges_figures(string from, string to)
    {
        var given = AHistory(out _, out _);
        var (start, end) = (D(from), D(to));
        var dated = given.Segment.Relationships.ToDictionary(r => r.Id, r => InRange(r, start, end));
        var handed = DecisionState(given).WithDated(dated);

        var whole = new MonthlyFigures(given.Segment, given.Facts);
        var fromRows = new MonthlyFigures(handed, given.Facts);
        for (var month = YearMonth.Of(start); month <= YearMonth.Of(end); month = month.Next())
        foreach (var type in Enum.GetValues<RelationshipType>())
            fromRows.Month(type, month).ShouldBe(whole.Month(type, month), $"{type} {month}");

        foreach (var relationship in handed.Relationships)
        {
            var original = given.Segment.Find(relationship.Id)!;
            for (var day = start; day <= end; day = day.AddDays(7))
            {
                if (day < original.EstablishedOn) continue;
                relationship.AttributesOn(day).Motivations.ShouldBe(original.AttributesOn(day).Motivations, $"{day}");
                relationship.CostOn(day).ShouldBe(original.CostOn(day), $"{day}");
            }
        }
    }

    /// <summary>What the store reads for a range: the last entry on or before its start and those after it up to its end, attributes complete.</summary>
    private static DatedEntries InRange(Relationship r, DateOnly start, DateOnly end)
    {
        var costs = r.Costs.Select((c, i) => (c, i)).OrderBy(x => x.c.EffectiveDate).ThenBy(x => x.i).Select(x => x.c).ToList();
        var attributes = r.Attributes.Select((a, i) => (a, i)).OrderBy(x => x.a.EffectiveDate).ThenBy(x => x.i)
            .Select(x => r.AttributesOn(x.a.EffectiveDate) with { EffectiveDate = x.a.EffectiveDate }).ToList();
        List<T> Range<T>(List<T> entries, Func<T, DateOnly> date) =>
            entries.Where(e => date(e) <= start).TakeLast(1).Concat(entries.Where(e => date(e) > start && date(e) <= end)).ToList();
        return new DatedEntries(Range(costs, c => c.EffectiveDate), Range(attributes, a => a.EffectiveDate), []);
    }
}
