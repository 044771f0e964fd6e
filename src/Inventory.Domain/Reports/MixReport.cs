using Inventory.Domain.Figures;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

/// <summary>The relationship mix per quarter: per type, and per segment × type (DESIGN.md §4 "Mix").</summary>
public sealed record MixReport(IReadOnlyList<MixQuarter> Quarters)
{
    /// <summary>Builds the report from each segment's unrounded figures per type and quarter.</summary>
    public static MixReport Build(IEnumerable<Quarter> quarters, IEnumerable<SegmentFigures> segments)
    {
        var all = segments.ToList();
        return new MixReport(quarters.Select(q => Quarter(q, all)).ToList());
    }

    private static MixQuarter Quarter(Quarter quarter, IReadOnlyList<SegmentFigures> segments)
    {
        var byType = new SortedDictionary<RelationshipType, QuarterFigures>();
        var segmentLines = new List<MixSegment>();
        foreach (var segment in segments)
        {
            if (!segment.Quarters.TryGetValue(quarter, out var types) || types.Count == 0) continue;
            var sorted = new SortedDictionary<RelationshipType, QuarterFigures>(types.Where(t => t.Value.IsPresent).ToDictionary());
            if (sorted.Count == 0) continue;
            foreach (var (type, figures) in sorted)
            {
                byType[type] = byType.TryGetValue(type, out var sum) ? sum + figures : figures;
            }

            segmentLines.Add(new MixSegment(segment.SegmentId, segment.Name, Lines(sorted)));
        }

        var total = byType.Values.Aggregate(default(QuarterFigures), (a, b) => a + b);
        return new MixQuarter(
            quarter.ToString(),
            total.ActiveCount,
            Rounding.Money(total.Cost),
            Rounding.Money(total.FixedCost),
            Rounding.Money(total.VariableCost),
            total.Interactions,
            Lines(byType),
            segmentLines.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.SegmentId).ToList());
    }

    private static IReadOnlyList<MixLine> Lines(IReadOnlyDictionary<RelationshipType, QuarterFigures> types)
    {
        var total = types.Values.Aggregate(default(QuarterFigures), (a, b) => a + b);
        return types.Select(t => MixLine.From(t.Key, t.Value, total)).ToList();
    }
}

public sealed record MixQuarter(
    string Quarter,
    int TotalActive,
    decimal TotalCost,
    decimal TotalFixedCost,
    decimal TotalVariableCost,
    long TotalInteractions,
    IReadOnlyList<MixLine> Types,
    IReadOnlyList<MixSegment> Segments);

public sealed record MixSegment(Guid SegmentId, string Name, IReadOnlyList<MixLine> Types);

public sealed record MixLine(
    RelationshipType Type,
    int ActiveCount,
    decimal Cost,
    decimal FixedCost,
    decimal VariableCost,
    long Interactions,
    long Customers,
    decimal? ShareByCount,
    decimal? ShareByCost,
    decimal? Satisfaction,
    decimal? CostPerInteraction,
    decimal? CostPerCustomer)
{
    /// <summary>A type's line; shares are of <paramref name="total"/>, the figures of the group it belongs to.</summary>
    public static MixLine From(RelationshipType type, QuarterFigures figures, QuarterFigures total) => new(
        type,
        figures.ActiveCount,
        Rounding.Money(figures.Cost),
        Rounding.Money(figures.FixedCost),
        Rounding.Money(figures.VariableCost),
        figures.Interactions,
        figures.Customers,
        Rounding.Rate(Rounding.Ratio(figures.ActiveCount, total.ActiveCount)),
        Rounding.Rate(Rounding.Ratio(figures.Cost, total.Cost)),
        Rounding.Rate(figures.Satisfaction),
        Rounding.Rate(figures.CostPerInteraction),
        Rounding.Rate(figures.CostPerCustomer));
}

/// <summary>A segment's unrounded figures per quarter and type: the input of the reports.</summary>
public sealed record SegmentFigures(Guid SegmentId, string Name, IReadOnlyDictionary<Quarter, IReadOnlyDictionary<RelationshipType, QuarterFigures>> Quarters);
