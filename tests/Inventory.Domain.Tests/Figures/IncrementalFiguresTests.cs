using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Portfolio.Decisions;
using Inventory.Domain.Tests.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Tests.Figures;

/// <summary>Figures kept event by event (as deltas) equal figures computed afresh, on random histories recorded out of order.</summary>
public class IncrementalFiguresTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void random_histories_give_the_same_figures_both_ways(int seed)
    {
        var random = new Random(seed);
        var given = Given.ASegment("2024-01-01");
        var ids = new List<Guid>();
        var start = new DateOnly(2024, 1, 1);

        for (var step = 0; step < 150; step++)
        {
            var segment = given.Segment;
            var choice = ids.Count == 0 ? 0 : random.Next(10);
            try
            {
                switch (choice)
                {
                    case 0 or 1:
                        ids.Add(given.Establish((RelationshipType)random.Next(7), Day(random, start, 700).ToString("yyyy-MM-dd"), random.Next(0, 5000), random.Next(0, 500) / 100m));
                        break;
                    case 2 or 3 or 4:
                        var id = Pick(random, ids);
                        given.Then(new RecordUsage(id, Month(random, segment.Find(id)!), random.Next(0, 10000), random.Next(0, 3000)).Decide(segment, Given.ThisMonth));
                        break;
                    case 5:
                        id = Pick(random, ids);
                        given.Then(new RecordSatisfaction(id, Month(random, segment.Find(id)!), random.Next(0, 101), random.Next(1, 500)).Decide(segment, Given.ThisMonth));
                        break;
                    case 6 or 7:
                        id = Pick(random, ids);
                        var r = segment.Find(id)!;
                        given.Then(new ReviseCost(id, random.Next(0, 9000), random.Next(0, 900) / 100m, null, Day(random, r.EstablishedOn, 600), "r").Decide(segment, "EUR"));
                        break;
                    case 8:
                        id = Pick(random, ids);
                        given.Then(new RetireRelationship(id, Day(random, segment.Find(id)!.EstablishedOn, 500), "r").Decide(segment));
                        break;
                    default:
                        given.Then(new RecordExpectation((RelationshipType)random.Next(7), random.Next(1, 6), Day(random, start, 500)).Decide(segment));
                        break;
                }
            }
            catch (RuleViolation)
            {
                // A random command may break a rule (say a second retirement); the portfolio is then unchanged.
            }
        }

        var incremental = given.Segment.Figures!;
        var fresh = MonthlyFigures.Compute(given.Segment);
        for (var month = new YearMonth(2023, 11); month <= new YearMonth(2027, 6); month = month.Next())
        {
            foreach (var type in Enum.GetValues<RelationshipType>())
            {
                var a = incremental.Month(type, month);
                var b = fresh.Month(type, month);
                a.ActiveAtMonthEnd.ShouldBe(b.ActiveAtMonthEnd, $"{type} {month}");
                a.Interactions.ShouldBe(b.Interactions, $"{type} {month}");
                a.Customers.ShouldBe(b.Customers, $"{type} {month}");
                a.SatisfactionResponses.ShouldBe(b.SatisfactionResponses, $"{type} {month}");
                // Sums of the same exact terms taken in another order: equal well beyond the cent.
                Math.Abs(a.FixedCost - b.FixedCost).ShouldBeLessThan(0.0000001m, $"{type} {month}");
                Math.Abs(a.VariableCost - b.VariableCost).ShouldBeLessThan(0.0000001m, $"{type} {month}");
                a.SatisfactionPoints.ShouldBe(b.SatisfactionPoints, $"{type} {month}");
            }
        }

        // Reports ask which types have figures in a quarter: every type with a figure in one of its months is named.
        for (var from = new YearMonth(2023, 11); from <= new YearMonth(2027, 4); from = from.Next())
        {
            var to = from.Next().Next();
            var named = incremental.TypesIn(from, to).ToHashSet();
            for (var month = from; month <= to; month = month.Next())
            foreach (var type in Enum.GetValues<RelationshipType>().Where(t => !incremental.Month(t, month).IsEmpty))
                named.ShouldContain(type, $"{type} in {from}..{to}");
        }

        incremental.TypesIn(new YearMonth(2020, 1), new YearMonth(2020, 3)).ShouldBeEmpty();
    }

    private static Guid Pick(Random random, List<Guid> ids) => ids[random.Next(ids.Count)];

    private static DateOnly Day(Random random, DateOnly from, int days) => from.AddDays(random.Next(0, days));

    private static YearMonth Month(Random random, Relationship r)
    {
        var first = YearMonth.Of(r.EstablishedOn);
        var month = first;
        for (var i = random.Next(0, 12); i > 0; i--) month = month.Next();
        return r.Overlaps(month) ? month : first;
    }
}
