using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

/// <summary>
/// How relationship types are used: per type and quarter the segments using it and its figures with the change
/// against the previous quarter; which types run together in the same segment; relationships whose cost per
/// interaction rose by more than a threshold from one quarter to the next.
/// </summary>
public sealed record UsagePatternsReport(decimal RiseThreshold, IReadOnlyList<UsageQuarter> Quarters, IReadOnlyList<CostPerInteractionRise> Rises)
{
    public static UsagePatternsReport Build(IReadOnlyList<Quarter> quarters, IReadOnlyList<SegmentFigures> figures,
        IReadOnlyList<SegmentFacts> portfolios, decimal riseThreshold)
    {
        var lines = new List<UsageQuarter>();
        foreach (var quarter in quarters)
        {
            var previous = PeriodFigures.ByType(figures, quarter.Previous());
            var current = PeriodFigures.ByType(figures, quarter);
            var types = current.Where(t => t.Value.Quarter.IsPresent).Select(t =>
            {
                var now = t.Value.Quarter;
                QuarterFigures? before = previous.TryGetValue(t.Key, out var p) && p.Quarter.IsPresent ? p.Quarter : null;
                var segments = figures.Count(s => s.MonthsOf(quarter).TryGetValue(t.Key, out var m) && m.Quarter.IsPresent);
                return new TypeUsage(t.Key, segments, now.ActiveCount, Rounding.Money(now.Cost), now.Interactions, now.Customers,
                    Rounding.Rate(now.CostPerInteraction), Rounding.Rate(now.CostPerCustomer),
                    before is { } b ? new UsageChange(Rounding.Money(now.Cost - b.Cost), now.Interactions - b.Interactions,
                        now.CostPerInteraction is { } c && b.CostPerInteraction is { } pc ? Rounding.Rate(c - pc) : null) : null);
            }).ToList();
            lines.Add(new UsageQuarter(quarter.ToString(), types, CoOccurrence(portfolios, quarter)));
        }

        return new UsagePatternsReport(riseThreshold, lines, FindRises(quarters, portfolios, riseThreshold));
    }

    /// <summary>Pairs of types both active at quarter end in the same segment, and in how many segments.</summary>
    private static IReadOnlyList<TypePair> CoOccurrence(IReadOnlyList<SegmentFacts> portfolios, Quarter quarter)
    {
        var pairs = new Dictionary<(RelationshipType, RelationshipType), int>();
        foreach (var segment in portfolios)
        {
            var active = segment.Portfolio.Relationships.Where(r => r.IsActiveOn(quarter.LastDay)).Select(r => r.Type).Distinct().Order().ToArray();
            for (var i = 0; i < active.Length; i++)
            for (var j = i + 1; j < active.Length; j++)
                pairs[(active[i], active[j])] = pairs.GetValueOrDefault((active[i], active[j])) + 1;
        }

        return pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key)
            .Select(p => new TypePair([p.Key.Item1, p.Key.Item2], p.Value)).ToList();
    }

    private static IReadOnlyList<CostPerInteractionRise> FindRises(IReadOnlyList<Quarter> quarters, IReadOnlyList<SegmentFacts> portfolios, decimal threshold)
    {
        var rises = new List<CostPerInteractionRise>();
        foreach (var (segment, relationship, facts) in PeriodFigures.RelationshipsOf(portfolios))
        {
            foreach (var quarter in quarters)
            {
                if (relationship.EstablishedOn > quarter.Previous().LastDay) continue;
                var before = RelationshipQuarter.Compute(relationship, quarter.Previous(), facts).CostPerInteraction;
                var now = RelationshipQuarter.Compute(relationship, quarter, facts).CostPerInteraction;
                if (before is not { } b || now is not { } n || b == 0) continue;
                var rise = (n - b) / b;
                if (rise > threshold)
                {
                    rises.Add(new CostPerInteractionRise(segment.Id, segment.Name, relationship.Id, relationship.Name, relationship.Type,
                        quarter.ToString(), Rounding.Rate(b), Rounding.Rate(n), Rounding.Rate(rise)));
                }
            }
        }

        return rises.OrderByDescending(r => r.Rise).ToList();
    }
}

public sealed record UsageQuarter(string Quarter, IReadOnlyList<TypeUsage> Types, IReadOnlyList<TypePair> CoOccurrence);

public sealed record TypeUsage(
    RelationshipType Type,
    int Segments,
    int ActiveCount,
    decimal Cost,
    long Interactions,
    long Customers,
    decimal? CostPerInteraction,
    decimal? CostPerCustomer,
    UsageChange? ChangeFromPreviousQuarter);

public sealed record UsageChange(decimal Cost, long Interactions, decimal? CostPerInteraction);

public sealed record TypePair(IReadOnlyList<RelationshipType> Types, int Segments);

public sealed record CostPerInteractionRise(
    Guid SegmentId, string Segment, Guid RelationshipId, string Name, RelationshipType Type,
    string Quarter, decimal Previous, decimal Current, decimal Rise);
