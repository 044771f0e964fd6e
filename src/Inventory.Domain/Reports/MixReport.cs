using Inventory.Domain.Figures;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

/// <summary>The relationship mix per quarter: per type, and per segment × type (docs/figures.md, "Mix").</summary>
public sealed record MixReport(IReadOnlyList<MixQuarter> Quarters)
{
    public static MixReport Build(IEnumerable<Quarter> quarters, IReadOnlyList<SegmentFigures> segments) =>
        new(quarters.Select(q => Quarter(q, segments)).ToList());

    private static MixQuarter Quarter(Quarter quarter, IReadOnlyList<SegmentFigures> segments)
    {
        var byType = new SortedDictionary<RelationshipType, GroupMonths>();
        var segmentLines = new List<MixSegment>();
        foreach (var segment in segments)
        {
            var types = Present(segment.MonthsOf(quarter));
            if (types.Count == 0) continue;
            foreach (var (type, months) in types)
            {
                if (!byType.TryGetValue(type, out var sum)) byType[type] = sum = new GroupMonths();
                sum.Add(months);
            }

            segmentLines.Add(new MixSegment(segment.SegmentId, segment.Name, Lines(types)));
        }

        var total = Total(byType.Values);
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

    private static IReadOnlyDictionary<RelationshipType, GroupMonths> Present(IReadOnlyDictionary<RelationshipType, GroupMonths> types) =>
        types.Values.All(t => t.Quarter.IsPresent)
            ? types
            : new SortedDictionary<RelationshipType, GroupMonths>(types.Where(t => t.Value.Quarter.IsPresent).ToDictionary());

    private static QuarterFigures Total(IEnumerable<GroupMonths> groups)
    {
        var total = new GroupMonths();
        foreach (var group in groups) total.Add(group);
        return total.Quarter;
    }

    /// <summary>One line per type; shares are of the group's total (the organization's, or the segment's).</summary>
    private static IReadOnlyList<MixLine> Lines(IReadOnlyDictionary<RelationshipType, GroupMonths> types)
    {
        var present = types.Where(t => t.Value.Quarter.IsPresent).ToList();
        var total = Total(present.Select(t => t.Value));
        return present.Select(t => MixLine.From(t.Key, t.Value.Quarter, total)).ToList();
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
