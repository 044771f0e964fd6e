using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

/// <summary>Relationship-level figures, for the reports that name relationships.</summary>
public static class PeriodFigures
{
    public static IEnumerable<(SegmentPortfolio Segment, Relationship Relationship, MonthlyFacts Facts)> RelationshipsOf(IEnumerable<SegmentFacts> segments) =>
        segments.SelectMany(s => s.Portfolio.Relationships.Select(r => (s.Portfolio, r, s.Months)));

    /// <summary>A relationship's figures over several quarters: sums, active count of the last quarter, largest customers figure.</summary>
    public static QuarterFigures Over(Relationship relationship, MonthlyFacts facts, IReadOnlyList<Quarter> quarters)
    {
        QuarterFigures total = default;
        foreach (var quarter in quarters)
        {
            if (relationship.EstablishedOn > quarter.LastDay) continue;
            var q = RelationshipQuarter.Compute(relationship, quarter, facts);
            total = Add(total, q);
        }

        return total;
    }

    public static QuarterFigures Add(QuarterFigures a, QuarterFigures b) => checked(new(
        b.ActiveCount,
        a.FixedCost + b.FixedCost,
        a.VariableCost + b.VariableCost,
        a.Interactions + b.Interactions,
        Math.Max(a.Customers, b.Customers),
        a.SatisfactionPoints + b.SatisfactionPoints,
        a.SatisfactionResponses + b.SatisfactionResponses));

    /// <summary>Per type, the organization's figures of a quarter (months added up over its segments first).</summary>
    public static SortedDictionary<RelationshipType, GroupMonths> ByType(IEnumerable<SegmentFigures> segments, Quarter quarter)
    {
        var byType = new SortedDictionary<RelationshipType, GroupMonths>();
        foreach (var segment in segments)
        {
            foreach (var (type, months) in segment.MonthsOf(quarter))
            {
                if (!byType.TryGetValue(type, out var sum)) byType[type] = sum = new GroupMonths();
                sum.Add(months);
            }
        }

        return byType;
    }
}
