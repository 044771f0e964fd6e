using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;

namespace Inventory.Domain.Reports;

public enum CostGrouping { Segment, Type, Relationship }

/// <summary>Cost per quarter, split fixed / variable, per segment, type or relationship.</summary>
public sealed record CostReport(CostGrouping GroupBy, IReadOnlyList<CostQuarter> Quarters)
{
    public static CostReport Build(IReadOnlyList<Quarter> quarters, CostGrouping groupBy, IReadOnlyList<SegmentFigures> figures, IReadOnlyList<SegmentFacts> portfolios) =>
        new(groupBy, quarters.Select(q => new CostQuarter(q.ToString(), Lines(q, groupBy, figures, portfolios))).ToList());

    private static IReadOnlyList<CostLine> Lines(Quarter quarter, CostGrouping groupBy, IReadOnlyList<SegmentFigures> figures, IReadOnlyList<SegmentFacts> portfolios) =>
        groupBy switch
        {
            CostGrouping.Segment => figures
                .Select(s => (s, total: Sum(s.MonthsOf(quarter).Values)))
                .Where(x => x.total.IsPresent)
                .Select(x => CostLine.Of(x.s.SegmentId.ToString(), x.s.Name, null, null, x.total))
                .OrderBy(l => l.Name, StringComparer.Ordinal).ToList(),
            CostGrouping.Type => PeriodFigures.ByType(figures, quarter)
                .Where(t => t.Value.Quarter.IsPresent)
                .Select(t => CostLine.Of(Names.Of(t.Key), Names.Of(t.Key), null, t.Key, t.Value.Quarter)).ToList(),
            _ => PeriodFigures.RelationshipsOf(portfolios)
                .Where(x => x.Relationship.EstablishedOn <= quarter.LastDay)
                .Select(x => (x.Segment, x.Relationship, figures: RelationshipQuarter.Compute(x.Relationship, quarter, x.Facts)))
                .Where(x => x.figures.IsPresent)
                .Select(x => CostLine.Of(x.Relationship.Id.ToString(), x.Relationship.Name, x.Segment.Name, x.Relationship.Type, x.figures))
                .OrderBy(l => l.Segment, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal).ToList(),
        };

    private static QuarterFigures Sum(IEnumerable<GroupMonths> groups)
    {
        var total = new GroupMonths();
        foreach (var g in groups) total.Add(g);
        return total.Quarter;
    }
}

public sealed record CostQuarter(string Quarter, IReadOnlyList<CostLine> Groups)
{
    public decimal FixedCost => Rounding.Money(Groups.Sum(g => g.UnroundedFixed));
    public decimal VariableCost => Rounding.Money(Groups.Sum(g => g.UnroundedVariable));
    public decimal Cost => Rounding.Money(Groups.Sum(g => g.UnroundedFixed + g.UnroundedVariable));
}

public sealed record CostLine(string Key, string Name, string? Segment, RelationshipType? Type, decimal FixedCost, decimal VariableCost, decimal Cost)
{
    [System.Text.Json.Serialization.JsonIgnore] public decimal UnroundedFixed { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] public decimal UnroundedVariable { get; init; }

    public static CostLine Of(string key, string name, string? segment, RelationshipType? type, QuarterFigures figures) =>
        new(key, name, segment, type, Rounding.Money(figures.FixedCost), Rounding.Money(figures.VariableCost), Rounding.Money(figures.Cost))
        {
            UnroundedFixed = figures.FixedCost,
            UnroundedVariable = figures.VariableCost,
        };
}
